package org.frontline.metrics.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The metrics module's own record of each case: where it came from and where it sits now. */
@Component
class CaseFacts {

    record CaseFact(String channel, UUID team, UUID agent, String priority, String language, boolean active, Instant openedAt) {}

    private final JdbcClient jdbc;

    CaseFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseFact> find(WorkspaceId workspace, CaseId id) {
        return jdbc.sql("select channel, team_id, agent_id, priority, lang, active, opened_at from metrics_case_fact"
                        + " where workspace_id = ? and case_id = ?")
                .params(workspace.value(), id.value())
                .query((rs, i) -> new CaseFact(rs.getString("channel"), rs.getObject("team_id", UUID.class),
                        rs.getObject("agent_id", UUID.class), rs.getString("priority"), rs.getString("lang"),
                        rs.getBoolean("active"), rs.getObject("opened_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Moves the case to another agent; true when this call changed it (a replayed event changes nothing). */
    boolean reassign(WorkspaceId workspace, CaseId id, UUID from, UUID to) {
        return jdbc.sql("update metrics_case_fact set agent_id = ? where workspace_id = ? and case_id = ? and agent_id = ?")
                        .params(to, workspace.value(), id.value(), from)
                        .update()
                == 1;
    }

    /** Marks the case active or not; true when this call changed it. */
    boolean activate(WorkspaceId workspace, CaseId id, boolean active) {
        return jdbc.sql("update metrics_case_fact set active = ? where workspace_id = ? and case_id = ? and active = ?")
                        .params(active, workspace.value(), id.value(), !active)
                        .update()
                == 1;
    }
}
