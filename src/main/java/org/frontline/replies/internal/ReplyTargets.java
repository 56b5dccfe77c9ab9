package org.frontline.replies.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseOpened;
import org.frontline.cases.CustomerWroteAgain;
import org.frontline.ingest.PostId;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Which post a case answers: the customer's latest post on its thread. Kept from the case events so that a
 * reply goes out on the thread where the customer last spoke.
 */
@Component
public class ReplyTargets {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReplyTargets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseOpened event) {
        remember(event.workspace(), event.caseId(), event.post());
    }

    @ApplicationModuleListener
    void on(CustomerWroteAgain event) {
        remember(event.workspace(), event.caseId(), event.post());
    }

    public Optional<PostId> of(WorkspaceId workspace, CaseId caseId) {
        return jdbc.sql("select post_id from reply_target where workspace_id = ? and case_id = ?")
                .params(workspace.value(), caseId.value())
                .query((rs, i) -> new PostId(rs.getObject("post_id", UUID.class)))
                .optional();
    }

    void remember(WorkspaceId workspace, CaseId caseId, PostId post) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        var updated = jdbc.sql("update reply_target set post_id = ?, updated_at = ? where workspace_id = ? and case_id = ?")
                .params(post.value(), now, workspace.value(), caseId.value())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into reply_target (workspace_id, case_id, post_id, updated_at) values (?, ?, ?, ?)")
                    .params(workspace.value(), caseId.value(), post.value(), now)
                    .update();
        }
    }
}
