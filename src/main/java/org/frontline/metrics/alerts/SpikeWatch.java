package org.frontline.metrics.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.frontline.metrics.alerts.AlertRepository.Candidate;
import org.frontline.metrics.alerts.SpikeRule.HourCounts;
import org.frontline.metrics.alerts.SpikeRule.Spike;
import org.frontline.metrics.internal.Timeline;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks at the current and the previous hour of every busy tracking query, compares them with the same hour of
 * the week in earlier weeks and raises an alert per spike. Each alert is claimed by a unique row before it is
 * sent, in the same transaction: a failed send rolls the claim back and the next check tries again, and a claim
 * that committed is never sent twice. An hour that extends a spike of the hour before is listed but not sent.
 */
@Component
public class SpikeWatch {

    private static final Duration WEEK = Duration.ofDays(7);

    private final AlertRepository alerts;
    private final AlertNotifier notifier;
    private final AlertProperties properties;
    private final SpikeRule rule;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SpikeWatch(AlertRepository alerts, AlertNotifier notifier, AlertProperties properties, TransactionTemplate transactions, Clock clock) {
        this.alerts = alerts;
        this.notifier = notifier;
        this.properties = properties;
        this.rule = new SpikeRule(properties);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${frontline.alerts.check-every:PT5M}", initialDelayString = "${frontline.alerts.check-every:PT5M}")
    void scheduled() {
        if (properties.watch()) {
            check();
        }
    }

    /** Checks now; answers the alerts raised (continuations included). */
    public List<Alert> check() {
        var current = Timeline.hourOf(clock.instant());
        var raised = new ArrayList<Alert>();
        for (var candidate : alerts.busy(List.of(current.minus(Duration.ofHours(1)), current), properties.minVolume())) {
            var observed = alerts.counts(candidate.workspace(), candidate.query(), candidate.hour());
            for (var spike : rule.judge(observed, history(candidate))) {
                var alert = transactions.execute(status -> raise(candidate, spike));
                if (alert != null) {
                    raised.add(alert);
                }
            }
        }
        return raised;
    }

    private List<HourCounts> history(Candidate candidate) {
        var weeks = new ArrayList<HourCounts>();
        for (int week = 1; week <= properties.weeks(); week++) {
            weeks.add(alerts.counts(candidate.workspace(), candidate.query(), candidate.hour().minus(WEEK.multipliedBy(week))));
        }
        return weeks;
    }

    private @Nullable Alert raise(Candidate candidate, Spike spike) {
        var kind = spike.kind().wireName();
        var continues = alerts.exists(candidate.workspace(), candidate.query(), kind, candidate.hour().minus(Duration.ofHours(1)));
        var message = notifier.compose(candidate, spike);
        var alert = new Alert(UUID.randomUUID(), candidate.query(), kind, candidate.hour(), spike.observed().mentions(),
                spike.usualMentions(), spike.observed().negative(), spike.usualNegativeShare(), message.summary(), continues, now());
        if (!alerts.claim(candidate.workspace(), alert)) {
            return null;
        }
        if (!continues) {
            notifier.send(candidate, message);
        }
        return alert;
    }

    private Instant now() {
        return clock.instant();
    }
}
