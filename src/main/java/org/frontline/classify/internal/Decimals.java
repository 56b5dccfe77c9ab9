package org.frontline.classify.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers in reasons, written exactly as {@code String.format(Locale.ROOT, "%.Nf")} (or {@code "%+.Nf"}) writes
 * them, at a fraction of its cost: reasons are written for every post. Java's formatter rounds the shortest
 * decimal that identifies the double ({@link Double#toString}) half up, and so does this.
 */
final class Decimals {

    private Decimals() {}

    static String fixed(double value, int places, boolean plusSign) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, plusSign ? "%+." + places + "f" : "%." + places + "f", value);
        }
        // The formatter's sign: "-" for every negative number, -0.0 and those that round to zero included.
        var sign = Double.compare(value, 0.0) < 0 ? "-" : plusSign ? "+" : "";
        return sign + new BigDecimal(Double.toString(Math.abs(value))).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}
