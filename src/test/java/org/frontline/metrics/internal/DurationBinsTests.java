package org.frontline.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.SplittableRandom;
import org.frontline.metrics.internal.DurationBins.Bin;
import org.junit.jupiter.api.Test;

class DurationBinsTests {

    @Test
    void aLongerTimeNeverFallsInAnEarlierBin() {
        var previous = -1;
        for (long s = 0; s < 40L * 24 * 3600; s += 1 + s / 50) {
            var bin = DurationBins.binOf(s, false);
            assertThat(bin).as("%d s", s).isGreaterThanOrEqualTo(previous);
            previous = bin;
        }
    }

    @Test
    void aBinIsAtMostAnEighthOfADoublingWide() {
        for (long s = 16; s < 1_000_000; s = s * 11 / 10 + 1) {
            var bin = DurationBins.binOf(s, true);
            var last = s;
            while (DurationBins.binOf(last + 1, true) == bin) {
                last++;
            }
            assertThat((double) (last - s)).as("%d s", s).isLessThanOrEqualTo(s / 8.0 + 1);
        }
    }

    @Test
    void bandsAreCountedExactlyAtTheirEdges() {
        long[] seconds = {299, 300, 899, 900, 3599, 3600, 14_399, 14_400, 86_399, 86_400};
        var bins = DurationBins.of(seconds, false);

        assertThat(DurationBins.bands(bins, false)).extracting(s -> s.value()).containsExactly(1L, 2L, 2L, 2L, 2L, 1L);
        assertThat(DurationBins.bands(bins, false)).isEqualTo(ResponseBands.of(seconds));
        assertThat(DurationBins.bands(DurationBins.of(seconds, true), true)).isEqualTo(ResponseBands.resolution(seconds));
    }

    @Test
    void percentilesAreExactWhenEachBinHoldsAtMostTwoTimes() {
        long[] seconds = {600, 1200, 3600, 7200, 60, 61};
        var bins = DurationBins.of(seconds, false);

        assertThat(DurationBins.percentile(bins, 50)).isEqualTo(new Percentiles(seconds).median());
        assertThat(DurationBins.percentile(bins, 90)).isEqualTo(new Percentiles(seconds).at(90));
        assertThat(DurationBins.percentile(bins, 100)).isEqualTo(new Percentiles(seconds).at(100));
        assertThat(DurationBins.percentile(DurationBins.of(new long[0], false), 50)).isEmpty();
    }

    @Test
    void percentilesOfManyTimesStayWithinTheirBinOfTheExactOne() {
        var random = new SplittableRandom(3);
        var seconds = new long[20_000];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = 300 + (long) (random.nextDouble() * random.nextDouble() * 36_000);
        }
        var bins = DurationBins.of(seconds, false);
        for (var p : new double[] {50, 90, 99}) {
            var exact = new Percentiles(seconds).at(p).orElseThrow();
            var fromBins = DurationBins.percentile(bins, p).orElseThrow();
            assertThat((double) Math.abs(fromBins - exact)).as("p%.0f", p).isLessThanOrEqualTo(exact / 8.0);
        }
    }

    @Test
    void mergingDailyHistogramsEqualsBinningAllTimesAtOnce() {
        long[] monday = {100, 5000, 70_000};
        long[] tuesday = {120, 5100, 90_000, 100};
        var merged = new ArrayList<Bin>(DurationBins.of(monday, true));
        merged.addAll(DurationBins.of(tuesday, true));

        assertThat(DurationBins.merged(merged)).isEqualTo(DurationBins.of(new long[] {100, 5000, 70_000, 120, 5100, 90_000, 100}, true));
    }
}
