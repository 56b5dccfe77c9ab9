package org.frontline.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.frontline.classify.internal.Confusion;
import org.junit.jupiter.api.Test;

class ConfusionTests {

    @Test
    void computesPrecisionRecallAndF1PerLabel() {
        var c = new Confusion(List.of("a", "b"));
        c.add("a", "a");
        c.add("a", "a");
        c.add("a", "b");
        c.add("b", "b");
        c.add("b", "a");

        assertThat(c.precision(0)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(c.recall(0)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(c.recall(1)).isCloseTo(0.5, within(1e-9));
        assertThat(c.accuracy()).isCloseTo(0.6, within(1e-9));
        assertThat(c.markdown()).contains("| a | 2 | 1 |", "| b | 1 | 1 |");
    }

    @Test
    void macroF1IgnoresLabelsAbsentFromTheData() {
        var c = new Confusion(List.of("a", "b", "never"));
        c.add("a", "a");
        c.add("b", "b");
        c.add("unknown", "a");

        assertThat(c.macroF1()).isEqualTo(1.0);
        assertThat(c.total()).isEqualTo(2);
    }
}
