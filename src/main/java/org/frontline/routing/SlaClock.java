package org.frontline.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontline.routing.internal.SlaTimerRepository;
import org.frontline.routing.internal.SlaTimerRepository.StoredTimer;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the SLA timers of cases as their lifecycle moves: started when a case opens, met by a response or a
 * resolution, paused while pending on the customer. Deadlines are stored with each change, so a restart
 * neither loses nor repeats them. The module that owns cases calls this; routing never reads cases.
 */
@Component
public class SlaClock {

    /** The share of a target after which a case is marked at risk. */
    public static final double AT_RISK_SHARE = 0.75;

    private final SlaTimerRepository timers;
    private final SlaPolicies policies;
    private final Teams teams;
    private final Clock clock;

    SlaClock(SlaTimerRepository timers, SlaPolicies policies, Teams teams, Clock clock) {
        this.timers = timers;
        this.policies = policies;
        this.teams = teams;
        this.clock = clock;
    }

    /** Starts the first-response and resolution targets of a new case. Idempotent. */
    @Transactional
    public void start(WorkspaceId workspace, UUID caseId, @Nullable TeamId team, Priority priority, Instant openedAt) {
        policies.find(workspace, team, priority).ifPresent(policy -> {
            for (var kind : List.of(SlaKind.FIRST_RESPONSE, SlaKind.RESOLUTION)) {
                policy.target(kind).ifPresent(target -> timers.insertIfAbsent(
                        workspace, caseId, kind, team, priority, policy.businessHours(), schedule(workspace, team, policy.businessHours(), SlaTimer.start(target, openedAt))));
            }
        });
    }

    /** An agent answered: the first response (and any next response) is met. */
    @Transactional
    public void responded(WorkspaceId workspace, UUID caseId, Instant at) {
        meet(workspace, caseId, at, List.of(SlaKind.FIRST_RESPONSE, SlaKind.NEXT_RESPONSE));
    }

    /** The customer wrote again after an answer: the next-response target starts. */
    @Transactional
    public void customerReplied(WorkspaceId workspace, UUID caseId, @Nullable TeamId team, Priority priority, Instant at) {
        var first = timers.find(workspace, caseId, SlaKind.FIRST_RESPONSE);
        if (first.isEmpty() || first.get().metAt() == null) {
            return;
        }
        policies.find(workspace, team, priority)
                .flatMap(policy -> policy.target(SlaKind.NEXT_RESPONSE).map(target -> Map.entry(policy, target)))
                .ifPresent(entry -> timers.replace(
                        workspace, caseId, SlaKind.NEXT_RESPONSE, team, priority, entry.getKey().businessHours(),
                        schedule(workspace, team, entry.getKey().businessHours(), SlaTimer.start(entry.getValue(), at))));
    }

    /** Pending on the customer: every running target stops counting. */
    @Transactional
    public void paused(WorkspaceId workspace, UUID caseId, Instant at) {
        for (var timer : timers.unmet(workspace, caseId)) {
            var hours = calendar(workspace, timer.team(), timer.businessHours());
            timers.update(workspace, caseId, timer.kind(), schedule(hours, timer.timer().pause(at, hours)));
        }
    }

    /** Back from pending: the targets count again from here. */
    @Transactional
    public void resumed(WorkspaceId workspace, UUID caseId, Instant at) {
        for (var timer : timers.unmet(workspace, caseId)) {
            var hours = calendar(workspace, timer.team(), timer.businessHours());
            timers.update(workspace, caseId, timer.kind(), schedule(hours, timer.timer().resume(at)));
        }
    }

    /** Resolved: every open target is met. */
    @Transactional
    public void resolved(WorkspaceId workspace, UUID caseId, Instant at) {
        meet(workspace, caseId, at, List.of(SlaKind.values()));
    }

    /** The most pressing unmet target of each case; cases without one are missing. */
    public Map<UUID, SlaStatus> status(WorkspaceId workspace, Collection<UUID> caseIds) {
        var now = clock.instant();
        var result = new HashMap<UUID, SlaStatus>();
        for (var timer : timers.unmet(workspace, caseIds)) {
            var status = statusOf(timer, now);
            result.merge(timer.caseId(), status, SlaClock::moreUrgent);
        }
        return result;
    }

    private void meet(WorkspaceId workspace, UUID caseId, Instant at, List<SlaKind> kinds) {
        for (var timer : timers.unmet(workspace, caseId)) {
            if (kinds.contains(timer.kind())) {
                timers.meet(workspace, caseId, timer.kind(), at);
            }
        }
    }

    private static SlaStatus statusOf(StoredTimer timer, Instant now) {
        if (timer.dueAt() == null) {
            return new SlaStatus(timer.kind(), SlaStatus.State.PAUSED, null);
        }
        if (!now.isBefore(timer.dueAt())) {
            return new SlaStatus(timer.kind(), SlaStatus.State.BREACHED, timer.dueAt());
        }
        var atRisk = timer.atRiskAt() != null && !now.isBefore(timer.atRiskAt());
        return new SlaStatus(timer.kind(), atRisk ? SlaStatus.State.AT_RISK : SlaStatus.State.ON_TRACK, timer.dueAt());
    }

    private static SlaStatus moreUrgent(SlaStatus a, SlaStatus b) {
        if (a.dueAt() == null) {
            return b;
        }
        if (b.dueAt() == null) {
            return a;
        }
        return a.dueAt().isBefore(b.dueAt()) ? a : b;
    }

    private SlaTimerRepository.Schedule schedule(WorkspaceId workspace, @Nullable TeamId team, boolean businessHours, SlaTimer timer) {
        return schedule(calendar(workspace, team, businessHours), timer);
    }

    private static SlaTimerRepository.Schedule schedule(BusinessHours hours, SlaTimer timer) {
        return new SlaTimerRepository.Schedule(timer, timer.at(AT_RISK_SHARE, hours).orElse(null), timer.dueAt(hours).orElse(null));
    }

    private BusinessHours calendar(WorkspaceId workspace, @Nullable TeamId team, boolean businessHours) {
        if (!businessHours || team == null) {
            return BusinessHours.always(ZoneOffset.UTC);
        }
        return teams.hours(workspace, team);
    }

}
