package org.frontline.ideas.internal;

/** WCAG 2 contrast arithmetic, so a workspace's colours cannot make its portal unreadable. */
final class Contrast {

    private Contrast() {}

    static double ratio(String a, String b) {
        var la = luminance(a);
        var lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static String readableOnWhite(String color) {
        var rgb = rgb(color);
        for (int step = 0; step < 20 && ratio(hex(rgb), "#ffffff") < 4.5; step++) {
            for (int i = 0; i < 3; i++) {
                rgb[i] = (int) Math.round(rgb[i] * 0.85);
            }
        }
        return hex(rgb);
    }

    private static double luminance(String color) {
        var rgb = rgb(color);
        return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    }

    private static double channel(int value) {
        var c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int[] rgb(String color) {
        var v = Integer.parseInt(color.substring(1), 16);
        return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }

    private static String hex(int[] rgb) {
        return String.format("#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }
}
