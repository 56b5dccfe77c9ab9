package org.frontline.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTests {

    @Test
    void medianAndP90AreObservedValuesByNearestRank() {
        var p = new Percentiles(new long[] {600, 60, 300, 120, 3600, 30, 240, 180, 90, 7200});

        assertThat(p.median()).hasValue(180);
        assertThat(p.at(90)).hasValue(3600);
        assertThat(p.at(100)).hasValue(7200);
    }

    @Test
    void oneValueIsEveryPercentile() {
        var p = new Percentiles(new long[] {42});

        assertThat(p.median()).hasValue(42);
        assertThat(p.at(90)).hasValue(42);
    }

    @Test
    void noValuesHaveNoPercentile() {
        assertThat(new Percentiles(new long[0]).median()).isEmpty();
    }

    @Test
    void rejectsPercentilesOutsideTheRange() {
        assertThatThrownBy(() -> new Percentiles(new long[] {1}).at(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bandsCountEveryResponseOnceWithEmptyBandsKept() {
        var bands = ResponseBands.of(new long[] {10, 299, 300, 3599, 3600, 90_000});

        assertThat(bands).extracting(b -> b.value()).containsExactly(2L, 1L, 1L, 1L, 0L, 1L);
    }
}
