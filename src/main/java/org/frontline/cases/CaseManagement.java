package org.frontline.cases;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.frontline.cases.internal.ActivityRepository;
import org.frontline.cases.internal.CaseRepository;
import org.frontline.routing.AgentId;
import org.frontline.routing.Agents;
import org.frontline.routing.SlaClock;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What agents do to a case: move it through the workflow, assign it, write internal notes, record answers.
 * Each change lands on the case's timeline and keeps its SLA timers in step (pending pauses them, resolving
 * meets them, answering meets the response targets).
 */
@Component
public class CaseManagement {

    private final CaseRepository cases;
    private final ActivityRepository activity;
    private final SlaClock sla;
    private final Agents agents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseManagement(
            CaseRepository cases, ActivityRepository activity, SlaClock sla, Agents agents, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.activity = activity;
        this.sla = sla;
        this.agents = agents;
        this.events = events;
        this.clock = clock;
    }

    /** @throws InvalidTransition when the workflow does not allow it; @throws CaseNotFound */
    @Transactional
    public void changeStatus(WorkspaceId workspace, CaseId id, CaseStatus to, String actor) {
        var current = cases.find(workspace, id).orElseThrow(() -> new CaseNotFound(id)).status();
        if (!current.canBecome(to)) {
            throw new InvalidTransition(current, to);
        }
        var now = clock.instant();
        cases.updateStatus(workspace, id, to, now);
        activity.add(workspace, id, CaseActivity.Kind.STATUS, actor, current.wireName() + " \u2192 " + to.wireName(), now);
        keepSlaInStep(workspace, id, current, to);
        events.publishEvent(new CaseStatusChanged(workspace, id, current, to, now));
    }

    /** Assigns the case to an agent of the workspace, or back to the team queue (agent null). */
    @Transactional
    public void assign(WorkspaceId workspace, CaseId id, @Nullable AgentId agent, String actor) {
        cases.find(workspace, id).orElseThrow(() -> new CaseNotFound(id));
        var name = agent == null ? null : agents.names(workspace, List.of(agent)).get(agent);
        if (agent != null && name == null) {
            throw new IllegalArgumentException("No such agent in this workspace");
        }
        var now = clock.instant();
        cases.assign(workspace, id, agent, now);
        activity.add(workspace, id, CaseActivity.Kind.ASSIGNMENT, actor, name == null ? "back to the team queue" : "assigned to " + name, now);
        events.publishEvent(new CaseAssigned(workspace, id, agent, now));
    }

    /** An internal note, seen by the team only; {@code @name} mentions stay as written. */
    @Transactional
    public void addNote(WorkspaceId workspace, CaseId id, String actor, String text) {
        cases.find(workspace, id).orElseThrow(() -> new CaseNotFound(id));
        activity.add(workspace, id, CaseActivity.Kind.NOTE, actor, text, clock.instant());
    }

    /**
     * Records an answer to the customer. The first one sets the case's first response time and meets its
     * first-response target; a new case becomes open.
     */
    @Transactional
    public void recordReply(WorkspaceId workspace, CaseId id, String actor, String text) {
        var record = cases.find(workspace, id).orElseThrow(() -> new CaseNotFound(id));
        var now = clock.instant();
        activity.add(workspace, id, CaseActivity.Kind.REPLY, actor, text, now);
        sla.responded(workspace, id.value(), now);
        if (cases.markFirstResponse(workspace, id, now)) {
            events.publishEvent(new FirstResponseSent(workspace, id, now, Duration.between(record.openedAt(), now)));
        }
        if (record.status() == CaseStatus.NEW) {
            changeStatus(workspace, id, CaseStatus.OPEN, actor);
        }
    }

    public List<CaseActivity> activity(WorkspaceId workspace, CaseId id) {
        return activity.of(workspace, id);
    }

    private void keepSlaInStep(WorkspaceId workspace, CaseId id, CaseStatus from, CaseStatus to) {
        var now = clock.instant();
        if (to == CaseStatus.PENDING) {
            sla.paused(workspace, id.value(), now);
        } else if (from == CaseStatus.PENDING && to.active()) {
            sla.resumed(workspace, id.value(), now);
        } else if (to == CaseStatus.RESOLVED || to == CaseStatus.CLOSED) {
            sla.resolved(workspace, id.value(), now);
        }
    }
}
