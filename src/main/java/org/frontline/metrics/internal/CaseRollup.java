package org.frontline.metrics.internal;

import static org.frontline.metrics.internal.RollupWriter.utc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontline.cases.CaseAssigned;
import org.frontline.cases.CaseOpened;
import org.frontline.cases.CaseOverviews;
import org.frontline.cases.CaseStatus;
import org.frontline.cases.CaseStatusChanged;
import org.frontline.ingest.Posts;
import org.frontline.routing.Priority;
import org.frontline.shared.WorkspaceId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the case rollups: backlog status deltas, workload deltas per team and agent, and cases opened per hour.
 * A case counts as opened when its first post was received (cases open within moments of it, and the time must
 * not change on replay). Team and language are the case's at opening; the agent follows assignments.
 */
@Component
class CaseRollup {

    private static final List<String> OPENED_KEYS = List.of("workspace_id", "bucket", "channel", "team_id", "lang");

    private final RollupWriter writer;
    private final CaseFacts facts;
    private final Posts posts;
    private final CaseOverviews cases;

    CaseRollup(RollupWriter writer, CaseFacts facts, Posts posts, CaseOverviews cases) {
        this.writer = writer;
        this.facts = facts;
        this.posts = posts;
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(CaseOpened event) {
        posts.find(event.workspace(), event.post()).ifPresent(post -> {
            var ws = event.workspace();
            var channel = post.channel().wireName();
            var lang = Dimensions.language(post.lang());
            var team = Dimensions.idOrNone(event.team() == null ? null : event.team().value());
            var agent = Dimensions.idOrNone(event.agent() == null ? null : event.agent().value());
            var priority = cases.routing(ws, event.caseId()).map(r -> r.priority()).orElse(Priority.NORMAL).wireName();
            if (!writer.insertFact("metrics_case_fact",
                    "workspace_id, case_id, post_id, channel, opened_at, team_id, agent_id, priority, lang, active",
                    ws.value(), event.caseId().value(), post.id().value(), channel, utc(post.receivedAt()), team, agent, priority, lang, true)) {
                return;
            }
            var hour = utc(Timeline.hourOf(post.receivedAt()));
            writer.add(Rollup.BACKLOG, ws, post.receivedAt(), List.of(channel, team, lang, CaseStatus.NEW.wireName()), List.of(1L));
            writer.add("metrics_case_hourly", OPENED_KEYS, List.of(ws.value(), hour, channel, team, lang), List.of("opened"), List.of(1L));
            workload(ws, post.receivedAt(), channel, team, agent, lang, 1);
        });
    }

    @ApplicationModuleListener
    void on(CaseStatusChanged event) {
        var ws = event.workspace();
        var fact = facts.find(ws, event.caseId());
        var channel = fact.map(f -> f.channel()).or(() -> cases.find(ws, event.caseId()).map(o -> o.channel()));
        if (channel.isEmpty()
                || !writer.insertFact("metrics_case_transition", "workspace_id, case_id, changed_at, to_status, from_status",
                        ws.value(), event.caseId().value(), utc(event.at()), event.to().wireName(), event.from().wireName())) {
            return;
        }
        var team = fact.map(f -> f.team()).orElse(Dimensions.NONE);
        var lang = fact.map(f -> f.language()).orElse(Dimensions.UNKNOWN_LANGUAGE);
        writer.add(Rollup.BACKLOG, ws, event.at(), List.of(channel.get(), team, lang, event.from().wireName()), List.of(-1L));
        writer.add(Rollup.BACKLOG, ws, event.at(), List.of(channel.get(), team, lang, event.to().wireName()), List.of(1L));
        fact.filter(f -> event.from().active() != event.to().active())
                .filter(f -> facts.activate(ws, event.caseId(), event.to().active()))
                .ifPresent(f -> workload(ws, event.at(), f.channel(), f.team(), f.agent(), f.language(), event.to().active() ? 1 : -1));
    }

    @ApplicationModuleListener
    void on(CaseAssigned event) {
        var ws = event.workspace();
        var to = Dimensions.idOrNone(event.agent() == null ? null : event.agent().value());
        facts.find(ws, event.caseId())
                .filter(f -> !f.agent().equals(to))
                .filter(f -> facts.reassign(ws, event.caseId(), f.agent(), to))
                .filter(f -> f.active())
                .ifPresent(f -> {
                    workload(ws, event.at(), f.channel(), f.team(), f.agent(), f.language(), -1);
                    workload(ws, event.at(), f.channel(), f.team(), to, f.language(), 1);
                });
    }

    private void workload(WorkspaceId ws, Instant at, String channel, UUID team, UUID agent, String lang, long delta) {
        writer.add(Rollup.WORKLOAD, ws, at, List.of(channel, team, agent, lang), List.of(delta));
    }
}
