package org.frontline.metrics.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.frontline.metrics.alerts.SpikeRule.HourCounts;
import org.frontline.metrics.alerts.SpikeRule.Kind;
import org.junit.jupiter.api.Test;

class SpikeRuleTests {

    private final SpikeRule rule = new SpikeRule(new AlertProperties(true, Duration.ofMinutes(5), 4, 20, 3.0, 3.0, 10, 0.25, "http://x"));

    private static List<HourCounts> usual(long... mentions) {
        return java.util.Arrays.stream(mentions).mapToObj(m -> new HourCounts(m, m, m / 10)).toList();
    }

    @Test
    void threeTimesTheUsualHourAboveTheDeviationIsAVolumeSpike() {
        var spikes = rule.judge(new HourCounts(90, 90, 9), usual(20, 25, 30, 25));

        assertThat(spikes).extracting(SpikeRule.Spike::kind).containsExactly(Kind.VOLUME);
        assertThat(spikes.getFirst().usualMentions()).isEqualTo(25.0);
        assertThat(spikes.getFirst().times()).isEqualTo(3.6);
    }

    @Test
    void aBusyButUsualHourIsNoSpike() {
        assertThat(rule.judge(new HourCounts(70, 70, 7), usual(20, 25, 30, 25))).isEmpty();
    }

    @Test
    void aQuietQueryNeverAlertsWhateverItsRatio() {
        assertThat(rule.judge(new HourCounts(19, 19, 19), usual(0, 0, 0, 0))).isEmpty();
    }

    @Test
    void anIrregularQueryNeedsMoreThanThreeDeviations() {
        // mean 25, deviation ~21.7: 90 is 3.6x the mean but under mean + 3 deviations (90.2).
        assertThat(rule.judge(new HourCounts(90, 90, 9), usual(0, 50, 50, 0))).isEmpty();
    }

    @Test
    void aNegativeTurnAtUsualVolumeIsACrisis() {
        var spikes = rule.judge(new HourCounts(30, 30, 18), usual(28, 30, 32, 30));

        assertThat(spikes).extracting(SpikeRule.Spike::kind).containsExactly(Kind.NEGATIVE);
        assertThat(spikes.getFirst().usualNegativeShare()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.01));
    }
}
