package org.frontline.metrics.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Charts for e-mail, drawn server-side with Java2D as PNG (mail clients show PNG; few show SVG or run script):
 * a bar chart of labelled values, with the value above each bar.
 */
final class ChartImages {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final Color BAR = new Color(0x3b, 0x6e, 0xd1);
    private static final Color INK = new Color(0x33, 0x33, 0x33);

    private ChartImages() {}

    static byte[] bars(String title, List<String> labels, List<Long> values) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            draw(g, title, labels, values);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static void draw(Graphics2D g, String title, List<String> labels, List<Long> values) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, 16, 24);
        int left = 16, right = WIDTH - 16, top = 48, bottom = HEIGHT - 36;
        g.setStroke(new BasicStroke(1));
        g.drawLine(left, bottom, right, bottom);
        var max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        var n = Math.max(1, values.size());
        var slot = (right - left) / (double) n;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        var metrics = g.getFontMetrics();
        for (int i = 0; i < values.size(); i++) {
            var height = (int) Math.round((bottom - top) * values.get(i) / (double) max);
            var x = (int) Math.round(left + i * slot + slot * 0.15);
            var width = (int) Math.max(1, Math.round(slot * 0.7));
            g.setColor(BAR);
            g.fillRect(x, bottom - height, width, height);
            g.setColor(INK);
            var value = String.valueOf(values.get(i));
            g.drawString(value, x + (width - metrics.stringWidth(value)) / 2, bottom - height - 4);
            var label = labels.get(i);
            g.drawString(label, x + (width - metrics.stringWidth(label)) / 2, bottom + 16);
        }
    }

    private static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
