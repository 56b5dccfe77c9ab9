package org.frontline.metrics.internal;

import static org.frontline.metrics.internal.RollupWriter.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseOverviews;
import org.frontline.cases.CaseStatus;
import org.frontline.cases.CaseStatusChanged;
import org.frontline.cases.FirstResponseSent;
import org.frontline.routing.Priority;
import org.frontline.routing.SlaBreached;
import org.frontline.routing.SlaKind;
import org.frontline.routing.SlaPolicies;
import org.frontline.routing.TeamId;
import org.frontline.shared.WorkspaceId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps first response and resolution facts and the SLA outcome rollup. A target counts as met when the case
 * was answered (or resolved) while its policy had that target and no breach was recorded; a breach announced
 * afterwards (events may arrive in any order) turns a met outcome into a breached one, once.
 */
@Component
class ServiceOutcomes {

    private final RollupWriter writer;
    private final CaseFacts facts;
    private final CaseOverviews cases;
    private final SlaPolicies policies;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final DurationHistogram durations;

    ServiceOutcomes(RollupWriter writer, CaseFacts facts, CaseOverviews cases, SlaPolicies policies,
            org.springframework.jdbc.core.simple.JdbcClient jdbc, DurationHistogram durations) {
        this.writer = writer;
        this.facts = facts;
        this.cases = cases;
        this.policies = policies;
        this.jdbc = jdbc;
        this.durations = durations;
    }

    @ApplicationModuleListener
    void on(FirstResponseSent event) {
        var ws = event.workspace();
        facts.find(ws, event.caseId()).ifPresent(fact -> {
            durations.record(ws, DurationHistogram.Kind.FIRST_RESPONSE, event.caseId(), fact, event.at(), event.sinceOpened().toSeconds());
            met(ws, event.caseId(), fact, SlaKind.FIRST_RESPONSE, event.at());
        });
    }

    @ApplicationModuleListener
    void on(CaseStatusChanged event) {
        if (event.to() != CaseStatus.RESOLVED) {
            return;
        }
        var ws = event.workspace();
        facts.find(ws, event.caseId()).ifPresent(fact -> {
            var seconds = Math.max(0, Duration.between(fact.openedAt(), event.at()).toSeconds());
            if (durations.record(ws, DurationHistogram.Kind.RESOLUTION, event.caseId(), fact, event.at(), seconds)) {
                met(ws, event.caseId(), fact, SlaKind.RESOLUTION, event.at());
            }
        });
    }

    @ApplicationModuleListener
    void on(SlaBreached event) {
        if (event.kind() == SlaKind.NEXT_RESPONSE) {
            return;
        }
        var ws = event.workspace();
        var id = new CaseId(event.caseId());
        facts.find(ws, id).ifPresent(fact -> {
            var kind = event.kind().name();
            var priority = priority(ws, id);
            if (writer.insertFact("metrics_sla_outcome", "workspace_id, case_id, kind, met, decided_at",
                    ws.value(), id.value(), kind, false, utc(event.dueAt()))) {
                count(ws, fact, priority, kind, event.dueAt(), 0, 1);
                return;
            }
            var decidedAt = jdbc.sql("select decided_at from metrics_sla_outcome where workspace_id = ? and case_id = ? and kind = ? and met")
                    .params(ws.value(), id.value(), kind)
                    .query(java.time.OffsetDateTime.class)
                    .optional();
            var flipped = jdbc.sql("update metrics_sla_outcome set met = false where workspace_id = ? and case_id = ? and kind = ? and met")
                            .params(ws.value(), id.value(), kind)
                            .update()
                    == 1;
            if (flipped && decidedAt.isPresent()) {
                count(ws, fact, priority, kind, decidedAt.get().toInstant(), -1, 0);
                count(ws, fact, priority, kind, event.dueAt(), 0, 1);
            }
        });
    }

    private void met(WorkspaceId ws, CaseId id, CaseFacts.CaseFact fact, SlaKind kind, Instant at) {
        var team = fact.team().equals(Dimensions.NONE) ? null : new TeamId(fact.team());
        var priority = priority(ws, id);
        var hasTarget = policies.find(ws, team, Priority.parse(priority)).flatMap(p -> p.target(kind)).isPresent();
        if (hasTarget && writer.insertFact("metrics_sla_outcome", "workspace_id, case_id, kind, met, decided_at",
                ws.value(), id.value(), kind.name(), true, utc(at))) {
            count(ws, fact, priority, kind.name(), at, 1, 0);
        }
    }

    private String priority(WorkspaceId ws, CaseId id) {
        return cases.routing(ws, id).map(r -> r.priority()).orElse(Priority.NORMAL).wireName();
    }

    private void count(WorkspaceId ws, CaseFacts.CaseFact fact, String priority, String kind, Instant at, long met, long breached) {
        writer.add(Rollup.SLA, ws, at, List.of(fact.channel(), fact.team(), fact.language(), priority, kind), List.of(met, breached));
    }
}
