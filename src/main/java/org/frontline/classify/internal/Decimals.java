package org.frontline.classify.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers in reasons, written exactly as {@code String.format(Locale.ROOT, "%.Nf")} (or {@code "%+.Nf"}, or
 * {@code "%,d"}) writes them, at a fraction of its cost: reasons are written for every post. Java's formatter
 * rounds the shortest decimal that identifies the double ({@link Double#toString}) half up, and so does this.
 */
final class Decimals {

    private static final long[] POWERS = {1, 10, 100, 1_000};
    /**
     * Fast path bound: below it the double, its shortest decimal and the scaled product differ by under 1e-7 of
     * the last place written, far inside {@link #TIE_MARGIN}.
     */
    private static final double FAST_LIMIT = 1e6;
    /** How close to a half the scaled value may come before only exact decimal arithmetic can tell the rounding. */
    private static final double TIE_MARGIN = 1e-6;

    private Decimals() {}

    static String fixed(double value, int places, boolean plusSign) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, plusSign ? "%+." + places + "f" : "%." + places + "f", value);
        }
        // The formatter's sign: "-" for every negative number, -0.0 and those that round to zero included.
        var sign = Double.compare(value, 0.0) < 0 ? "-" : plusSign ? "+" : "";
        var magnitude = Math.abs(value);
        if (places < POWERS.length && magnitude < FAST_LIMIT) {
            var scaled = magnitude * POWERS[places];
            var whole = (long) scaled;
            var fraction = scaled - whole;
            // Away from a half, the double, its shortest decimal and the scaled product all round the same way.
            if (Math.abs(fraction - 0.5) > TIE_MARGIN) {
                return written(sign, fraction > 0.5 ? whole + 1 : whole, places);
            }
        }
        return sign + new BigDecimal(Double.toString(magnitude)).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code "%,d"} in {@link Locale#ROOT}: groups of three digits separated by commas. */
    static String grouped(long value) {
        if (value == Long.MIN_VALUE) {
            return String.format(Locale.ROOT, "%,d", value);
        }
        var digits = Long.toString(Math.abs(value));
        var text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            text.append('-');
        }
        for (var i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }

    private static String written(String sign, long units, int places) {
        if (places == 0) {
            return sign.isEmpty() ? Long.toString(units) : sign + units;
        }
        var power = POWERS[places];
        var fraction = Long.toString(units % power);
        var text = new StringBuilder(sign.length() + 12 + places).append(sign).append(units / power).append('.');
        for (var pad = fraction.length(); pad < places; pad++) {
            text.append('0');
        }
        return text.append(fraction).toString();
    }
}
