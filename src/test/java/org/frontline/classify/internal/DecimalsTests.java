package org.frontline.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Reasons must read the same after the speed-up: every number is written exactly as String.format writes it. */
class DecimalsTests {

    @Test
    void writesEveryNumberAsTheFormatterDoes() {
        var values = new ArrayList<Double>();
        var random = new SplittableRandom(20_251_205L);
        for (var i = 0; i < 20_000; i++) {
            values.add(random.nextDouble(-3, 3));
            values.add(random.nextDouble(0, 100));
            values.add(Double.longBitsToDouble(random.nextLong()));
        }
        // Ties and near-ties at each number of places, and the signs of zero.
        for (var i = -5_000; i <= 5_000; i++) {
            for (var tie : List.of(0.5, 0.05, 0.005)) {
                values.add(i * tie * 2 + tie);
                values.add(Math.nextUp(i * tie * 2 + tie));
                values.add(Math.nextDown(i * tie * 2 + tie));
            }
        }
        // Near the fast path's bound, where a double carries the fewest digits after the point.
        for (var i = 0; i < 2_000; i++) {
            var tie = 999_000 + i + 0.005;
            values.addAll(List.of(tie, Math.nextUp(tie), Math.nextDown(tie), tie + 0.0000005, tie - 0.0000005, 1e6 - tie));
        }
        values.addAll(List.of(0.0, -0.0, -0.001, -0.004, 0.004, 1e-300, -1e-300, 1e20, 123456789.125, Double.MIN_VALUE,
                Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));

        for (var value : values) {
            for (var places = 0; places <= 2; places++) {
                assertThat(Decimals.fixed(value, places, false)).as("%s at %d places", value, places)
                        .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", value));
                assertThat(Decimals.fixed(value, places, true)).as("%s at %d places, signed", value, places)
                        .isEqualTo(String.format(Locale.ROOT, "%+." + places + "f", value));
            }
        }
    }

    @Test
    void groupsDigitsAsTheFormatterDoes() {
        var random = new SplittableRandom(5L);
        var values = new ArrayList<Long>(List.of(0L, 1L, -1L, 999L, 1_000L, -1_000L, 999_999L, 1_000_000L,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1));
        for (var i = 0; i < 20_000; i++) {
            values.add(random.nextLong(0, 10_000_000));
            values.add(random.nextLong() >> random.nextInt(64));
        }
        for (var value : values) {
            assertThat(Decimals.grouped(value)).as("%d", value).isEqualTo(String.format(Locale.ROOT, "%,d", value));
        }
    }
}
