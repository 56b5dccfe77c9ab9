package org.frontline.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseStatus;
import org.frontline.cases.Priority;
import org.frontline.ingest.PostId;
import org.frontline.matching.QueryMatch;
import org.frontline.matching.TrackingQueryId;
import org.frontline.routing.TeamId;
import org.frontline.shared.Page;
import org.frontline.shared.PageRequest;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The support_case, mention and mention_match tables. Every method is scoped by workspace. */
@Repository
public class CaseRepository {

    private static final String CASE_COLUMNS =
            "c.id, c.status, c.priority, c.team_id, c.routing_note, c.subject, c.first_post_id, c.opened_at, c.updated_at";

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean mentionExists(WorkspaceId workspace, PostId post) {
        return jdbc.sql("select count(*) from mention where workspace_id = ? and post_id = ?")
                        .params(workspace.value(), post.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insertCase(WorkspaceId workspace, CaseRecord record) {
        jdbc.sql("insert into support_case (id, workspace_id, status, priority, team_id, routing_note, subject, first_post_id,"
                        + " opened_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        record.id().value(),
                        workspace.value(),
                        record.status().name(),
                        record.priority().name(),
                        record.team() == null ? null : record.team().value(),
                        record.routingNote(),
                        record.subject(),
                        record.firstPost().value(),
                        utc(record.openedAt()),
                        utc(record.updatedAt()))
                .update();
    }

    public void insertMention(WorkspaceId workspace, CaseId caseId, MentionRecord mention) {
        jdbc.sql("insert into mention (id, workspace_id, post_id, case_id, matched_at) values (?, ?, ?, ?, ?)")
                .params(mention.id(), workspace.value(), mention.post().value(), caseId.value(), utc(mention.matchedAt()))
                .update();
        for (var match : mention.matches()) {
            jdbc.sql("insert into mention_match (mention_id, query_id, spans) values (?, ?, ?)")
                    .params(mention.id(), match.query().value(), SpanCodec.encode(match.spans()))
                    .update();
        }
    }

    public Page<CaseRecord> page(WorkspaceId workspace, PageRequest request) {
        var items = jdbc.sql("select " + CASE_COLUMNS + " from support_case c where c.workspace_id = ?"
                        + " order by c.opened_at desc, c.id desc offset ? rows fetch next ? rows only")
                .params(workspace.value(), request.offset(), request.size())
                .query(CaseRepository::caseRow)
                .list();
        var total = jdbc.sql("select count(*) from support_case where workspace_id = ?")
                .param(workspace.value())
                .query(Long.class)
                .single();
        return new Page<>(items, request.page(), request.size(), total);
    }

    public Optional<CaseRecord> find(WorkspaceId workspace, CaseId id) {
        return jdbc.sql("select " + CASE_COLUMNS + " from support_case c where c.workspace_id = ? and c.id = ?")
                .params(workspace.value(), id.value())
                .query(CaseRepository::caseRow)
                .optional();
    }

    /** The mentions of the given cases with their matches, oldest first. */
    public List<MentionRecord> mentionsOf(WorkspaceId workspace, CaseId caseId) {
        var byId = new LinkedHashMap<UUID, MentionBuilder>();
        jdbc.sql("select m.id, m.post_id, m.matched_at, mm.query_id, mm.spans from mention m"
                        + " left join mention_match mm on mm.mention_id = m.id"
                        + " where m.workspace_id = ? and m.case_id = ? order by m.matched_at, m.id, mm.query_id")
                .params(workspace.value(), caseId.value())
                .query(rs -> {
                    var id = rs.getObject("id", UUID.class);
                    var builder = byId.computeIfAbsent(id, key -> new MentionBuilder(key, rs));
                    var query = rs.getObject("query_id", UUID.class);
                    if (query != null) {
                        builder.matches.add(new QueryMatch(new TrackingQueryId(query), SpanCodec.decode(rs.getString("spans"))));
                    }
                });
        return byId.values().stream().map(MentionBuilder::build).toList();
    }

    /** The matches of the first mention of each given case, for list views. */
    public List<QueryMatch> matchesOfPost(WorkspaceId workspace, PostId post) {
        return jdbc.sql("select mm.query_id, mm.spans from mention m join mention_match mm on mm.mention_id = m.id"
                        + " where m.workspace_id = ? and m.post_id = ? order by mm.query_id")
                .params(workspace.value(), post.value())
                .query((rs, i) -> new QueryMatch(
                        new TrackingQueryId(rs.getObject("query_id", UUID.class)), SpanCodec.decode(rs.getString("spans"))))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static CaseRecord caseRow(ResultSet rs, int i) throws SQLException {
        var team = rs.getObject("team_id", UUID.class);
        return new CaseRecord(
                new CaseId(rs.getObject("id", UUID.class)),
                CaseStatus.valueOf(rs.getString("status")),
                Priority.valueOf(rs.getString("priority")),
                team == null ? null : new TeamId(team),
                rs.getString("routing_note"),
                rs.getString("subject"),
                new PostId(rs.getObject("first_post_id", UUID.class)),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static final class MentionBuilder {
        private final UUID id;
        private final PostId post;
        private final Instant matchedAt;
        private final List<QueryMatch> matches = new ArrayList<>();

        MentionBuilder(UUID id, ResultSet rs) {
            this.id = id;
            try {
                this.post = new PostId(rs.getObject("post_id", UUID.class));
                this.matchedAt = rs.getObject("matched_at", OffsetDateTime.class).toInstant();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        MentionRecord build() {
            return new MentionRecord(id, post, matchedAt, matches);
        }
    }
}
