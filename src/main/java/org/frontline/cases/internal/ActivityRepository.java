package org.frontline.cases.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.frontline.cases.CaseActivity;
import org.frontline.cases.CaseId;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case_activity table: a case's timeline. */
@Repository
public class ActivityRepository {

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(WorkspaceId workspace, CaseId caseId, CaseActivity.Kind kind, String actor, String text, Instant at) {
        jdbc.sql("insert into case_activity (id, workspace_id, case_id, kind, actor, text, at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), workspace.value(), caseId.value(), kind.name(), actor, text, at.atOffset(ZoneOffset.UTC))
                .update();
    }

    public List<CaseActivity> of(WorkspaceId workspace, CaseId caseId) {
        return jdbc.sql("select id, kind, actor, text, at from case_activity where workspace_id = ? and case_id = ? order by at, id")
                .params(workspace.value(), caseId.value())
                .query((rs, i) -> new CaseActivity(
                        rs.getObject("id", UUID.class),
                        CaseActivity.Kind.valueOf(rs.getString("kind")),
                        rs.getString("actor"),
                        rs.getString("text"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
