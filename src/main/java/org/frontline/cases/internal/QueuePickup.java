package org.frontline.cases.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.frontline.cases.CaseActivity;
import org.frontline.routing.Router;
import org.frontline.routing.RoutingFacts;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands cases that wait in a team queue to agents as they come on shift or free up, oldest case first, team
 * by team (a team nobody can serve right now never holds up another team's queue). The conditional
 * assignment makes two nodes (or a person assigning by hand) never assign the same case twice.
 */
@Component
class QueuePickup {

    private static final int BATCH_PER_TEAM = 50;

    private final CaseRepository cases;
    private final ActivityRepository activity;
    private final Router router;
    private final CaseLoads loads;
    private final TransactionTemplate transactions;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    QueuePickup(
            CaseRepository cases, ActivityRepository activity, Router router, CaseLoads loads, TransactionTemplate transactions, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.activity = activity;
        this.router = router;
        this.loads = loads;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${frontline.cases.queue-pickup-interval:PT30S}")
    void pickUp() {
        for (var queue : cases.queuesWithWaitingCases()) {
            // Once nobody could take a case in some language, later cases in that language wait for the next run;
            // nobody for a case without a language means nobody is free at all.
            var refused = new java.util.HashSet<String>();
            for (var queued : cases.queued(queue, BATCH_PER_TEAM)) {
                var language = queued.language() == null ? "" : queued.language();
                if (refused.contains("") || refused.contains(language)) {
                    continue;
                }
                if (!offer(queued)) {
                    refused.add(language);
                }
            }
        }
    }

    /** Offers the case to the team's agents; true when someone took it. */
    private boolean offer(CaseRepository.QueuedCase queued) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            var facts = new RoutingFacts("", Map.of(), null, null, null, null, queued.language(), null, queued.subject());
            var pick = router.pickAgent(queued.workspace(), queued.team(), facts, loads, Set.of());
            if (pick.agent().isEmpty()) {
                return false;
            }
            var now = clock.instant();
            if (cases.assignIfQueued(queued.workspace(), queued.id(), pick.agent().get().id(), now)) {
                activity.add(queued.workspace(), queued.id(), CaseActivity.Kind.ASSIGNMENT, "Frontline",
                        "picked up from the team queue: " + pick.explanation(), now);
                events.publishEvent(new org.frontline.cases.CaseAssigned(queued.workspace(), queued.id(), pick.agent().get().id(), now));
            }
            return true;
        }));
    }
}
