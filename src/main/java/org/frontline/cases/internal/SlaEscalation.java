package org.frontline.cases.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import org.frontline.cases.CaseId;
import org.frontline.routing.Priority;
import org.frontline.routing.Router;
import org.frontline.routing.RoutingFacts;
import org.frontline.routing.SlaBreached;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Acts on a missed SLA target: the case's priority goes up one step, and when its team has someone better
 * placed to answer now (on shift, below capacity) the case moves to them. The breach event fires once per
 * target, so each escalation happens once.
 */
@Component
class SlaEscalation {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final CaseRepository cases;
    private final Router router;
    private final CaseLoads loads;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    SlaEscalation(CaseRepository cases, Router router, CaseLoads loads, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.router = router;
        this.loads = loads;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SlaBreached event) {
        var caseId = new CaseId(event.caseId());
        cases.find(event.workspace(), caseId).ifPresent(record -> {
            var raised = raise(record.priority());
            var note = new StringBuilder(record.routingNote() == null ? "" : record.routingNote() + " ")
                    .append("SLA ").append(event.kind().words()).append(" target missed at ").append(TIME.format(event.dueAt()))
                    .append(": priority raised to ").append(raised.wireName()).append('.');
            var reassignTo = record.team() == null
                    ? null
                    : router.pickAgent(event.workspace(), record.team(), factsFor(record), loads, Set.of()).agent()
                            .filter(agent -> !agent.id().equals(record.assignee()))
                            .orElse(null);
            if (reassignTo != null) {
                note.append(" Reassigned to ").append(reassignTo.name()).append(", who can answer now.");
            }
            var now = clock.instant();
            cases.escalate(event.workspace(), caseId, raised, reassignTo == null ? null : reassignTo.id(), note.toString(), now);
            if (reassignTo != null) {
                events.publishEvent(new org.frontline.cases.CaseAssigned(event.workspace(), caseId, reassignTo.id(), now));
            }
        });
    }

    static Priority raise(Priority priority) {
        return switch (priority) {
            case LOW -> Priority.NORMAL;
            case NORMAL -> Priority.HIGH;
            case HIGH, URGENT -> Priority.URGENT;
        };
    }

    private static RoutingFacts factsFor(CaseRecord record) {
        return new RoutingFacts("", Map.of(), null, null, null, null, null, null, record.subject());
    }
}
