package org.frontline.metrics.alerts;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether one tracking query's hour is a spike, against the same hour of the week in earlier weeks. Pure
 * logic: the counts come from the rollups.
 */
final class SpikeRule {

    enum Kind {
        VOLUME,
        NEGATIVE;

        String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One hour's counts: mentions matched, how many were classified, and how many of those were negative. */
    record HourCounts(long mentions, long classified, long negative) {

        double negativeShare() {
            return classified == 0 ? 0 : (double) negative / classified;
        }
    }

    /** What fired: the observed hour and the usual level it was compared with. */
    record Spike(Kind kind, HourCounts observed, double usualMentions, double usualNegativeShare) {

        double times() {
            return observed.mentions() / Math.max(1.0, usualMentions);
        }
    }

    private final AlertProperties thresholds;

    SpikeRule(AlertProperties thresholds) {
        this.thresholds = thresholds;
    }

    /** The spikes of this hour, volume first; empty when it looks usual or is too quiet to judge. */
    List<Spike> judge(HourCounts observed, List<HourCounts> sameHourEarlierWeeks) {
        var mean = sameHourEarlierWeeks.stream().mapToLong(HourCounts::mentions).average().orElse(0);
        var variance = sameHourEarlierWeeks.stream().mapToDouble(h -> Math.pow(h.mentions() - mean, 2)).average().orElse(0);
        var classified = sameHourEarlierWeeks.stream().mapToLong(HourCounts::classified).sum();
        var usualShare = classified == 0 ? 0 : (double) sameHourEarlierWeeks.stream().mapToLong(HourCounts::negative).sum() / classified;
        return Optional.of(observed).stream()
                .<Spike>mapMulti((hour, out) -> {
                    if (volumeSpike(hour, mean, Math.sqrt(variance))) {
                        out.accept(new Spike(Kind.VOLUME, hour, mean, usualShare));
                    }
                    if (negativeSpike(hour, usualShare)) {
                        out.accept(new Spike(Kind.NEGATIVE, hour, mean, usualShare));
                    }
                })
                .toList();
    }

    private boolean volumeSpike(HourCounts hour, double mean, double deviation) {
        return hour.mentions() >= thresholds.minVolume()
                && hour.mentions() >= thresholds.factor() * Math.max(1.0, mean)
                && hour.mentions() >= mean + thresholds.deviations() * deviation;
    }

    private boolean negativeSpike(HourCounts hour, double usualShare) {
        return hour.mentions() >= thresholds.minVolume()
                && hour.negative() >= thresholds.minNegative()
                && hour.negativeShare() >= usualShare + thresholds.negativeShareRise();
    }
}
