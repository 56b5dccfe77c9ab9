package org.frontline.metrics.internal;

import static org.frontline.metrics.internal.RollupWriter.utc;

import java.time.Instant;
import java.util.List;
import org.frontline.cases.CaseOpened;
import org.frontline.cases.CaseOverviews;
import org.frontline.cases.CaseStatus;
import org.frontline.cases.CaseStatusChanged;
import org.frontline.cases.FirstResponseSent;
import org.frontline.ingest.Posts;
import org.frontline.shared.WorkspaceId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the service rollups: the backlog's status deltas and the first response facts. A case counts as opened
 * when its first post was received (cases open within moments of it, and the time must not change on replay).
 */
@Component
class CaseRollup {

    private static final List<String> BACKLOG_KEYS = List.of("workspace_id", "bucket", "channel", "status");

    private final RollupWriter writer;
    private final Posts posts;
    private final CaseOverviews cases;

    CaseRollup(RollupWriter writer, Posts posts, CaseOverviews cases) {
        this.writer = writer;
        this.posts = posts;
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(CaseOpened event) {
        posts.find(event.workspace(), event.post()).ifPresent(post -> {
            var channel = post.channel().wireName();
            if (writer.insertFact("metrics_case_fact", "workspace_id, case_id, post_id, channel, opened_at",
                    event.workspace().value(), event.caseId().value(), post.id().value(), channel, utc(post.receivedAt()))) {
                move(event.workspace(), post.receivedAt(), channel, CaseStatus.NEW, 1);
            }
        });
    }

    @ApplicationModuleListener
    void on(CaseStatusChanged event) {
        cases.find(event.workspace(), event.caseId()).ifPresent(overview -> {
            if (writer.insertFact("metrics_case_transition", "workspace_id, case_id, changed_at, to_status, from_status",
                    event.workspace().value(), event.caseId().value(), utc(event.at()), event.to().wireName(), event.from().wireName())) {
                move(event.workspace(), event.at(), overview.channel(), event.from(), -1);
                move(event.workspace(), event.at(), overview.channel(), event.to(), 1);
            }
        });
    }

    @ApplicationModuleListener
    void on(FirstResponseSent event) {
        cases.find(event.workspace(), event.caseId()).ifPresent(overview -> writer.insertFact(
                "metrics_first_response", "workspace_id, case_id, channel, responded_at, seconds",
                event.workspace().value(), event.caseId().value(), overview.channel(), utc(event.at()),
                Math.max(0, event.sinceOpened().toSeconds())));
    }

    private void move(WorkspaceId workspace, Instant at, String channel, CaseStatus status, long delta) {
        writer.add("metrics_backlog_delta", BACKLOG_KEYS,
                List.of(workspace.value(), utc(Timeline.hourOf(at)), channel, status.wireName()), List.of("delta"), List.of(delta));
    }
}
