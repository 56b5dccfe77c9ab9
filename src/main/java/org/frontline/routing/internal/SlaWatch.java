package org.frontline.routing.internal;

import java.time.Clock;
import org.frontline.routing.SlaAtRisk;
import org.frontline.routing.SlaBreached;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces SLA timers that reached their at-risk share or their deadline. Each announcement is claimed by
 * a conditional update in the same transaction that stores the event, so it fires exactly once, also after
 * a restart and with several nodes.
 */
@Component
class SlaWatch {

    private static final Logger log = LoggerFactory.getLogger(SlaWatch.class);
    private static final int BATCH = 200;

    private final SlaTimerRepository timers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SlaWatch(SlaTimerRepository timers, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.timers = timers;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${frontline.sla.watch-interval:PT5S}")
    void check() {
        var now = clock.instant();
        for (var timer : timers.dueForBreach(now, BATCH)) {
            transactions.executeWithoutResult(status -> {
                if (timers.claimBreach(timer, now)) {
                    log.info("SLA {} breached for case {}", timer.kind().words(), timer.caseId());
                    events.publishEvent(new SlaBreached(timer.workspace(), timer.caseId(), timer.kind(), timer.dueAt()));
                }
            });
        }
        for (var timer : timers.dueForAtRisk(now, BATCH)) {
            transactions.executeWithoutResult(status -> {
                if (timers.claimAtRisk(timer, now)) {
                    events.publishEvent(new SlaAtRisk(timer.workspace(), timer.caseId(), timer.kind(), timer.dueAt()));
                }
            });
        }
    }
}
