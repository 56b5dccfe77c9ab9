package org.frontline.classify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.frontline.classify.CorrectableSignal;
import org.frontline.classify.SignalCorrection;
import org.frontline.ingest.PostId;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signal_correction table. Every method is scoped by workspace. */
@Repository
public class CorrectionRepository {

    private static final String SELECT =
            "select post_id, signal, previous_value, corrected_value, corrected_by, corrected_at from signal_correction";

    private final JdbcClient jdbc;

    CorrectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkspaceId workspace, SignalCorrection c) {
        jdbc.sql("insert into signal_correction (id, workspace_id, post_id, signal, previous_value, corrected_value, corrected_by,"
                        + " corrected_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), workspace.value(), c.post().value(), c.signal().wireName(), c.previousValue(),
                        c.correctedValue(), c.correctedBy(), c.correctedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The workspace's corrections, oldest first; of the same post and signal the last one counts. */
    public List<SignalCorrection> all(WorkspaceId workspace) {
        return jdbc.sql(SELECT + " where workspace_id = ? order by corrected_at, id")
                .param(workspace.value())
                .query((rs, i) -> correction(rs))
                .list();
    }

    /** The corrections of the given posts, oldest first. */
    public List<SignalCorrection> of(WorkspaceId workspace, Collection<PostId> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        var params = new ArrayList<Object>();
        params.add(workspace.value());
        posts.forEach(p -> params.add(p.value()));
        var marks = String.join(", ", Collections.nCopies(posts.size(), "?"));
        return jdbc.sql(SELECT + " where workspace_id = ? and post_id in (" + marks + ") order by corrected_at, id")
                .params(params)
                .query((rs, i) -> correction(rs))
                .list();
    }

    private static SignalCorrection correction(ResultSet rs) throws SQLException {
        return new SignalCorrection(
                new PostId(rs.getObject("post_id", UUID.class)),
                CorrectableSignal.fromWireName(rs.getString("signal")).orElseThrow(),
                rs.getString("previous_value"),
                rs.getString("corrected_value"),
                rs.getString("corrected_by"),
                rs.getObject("corrected_at", OffsetDateTime.class).toInstant());
    }
}
