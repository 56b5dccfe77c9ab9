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
import org.frontline.cases.CaseFilter;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseStatus;
import org.frontline.routing.Priority;
import org.frontline.ingest.PostId;
import org.frontline.matching.QueryMatch;
import org.frontline.matching.TrackingQueryId;
import org.frontline.routing.AgentId;
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
            "c.id, c.status, c.priority, c.team_id, c.assignee_agent_id, c.tags, c.routing_note, c.subject, c.first_post_id,"
                    + " c.opened_at, c.updated_at";

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
        jdbc.sql("insert into support_case (id, workspace_id, status, priority, team_id, assignee_agent_id, tags,"
                        + " routing_note, subject, first_post_id, opened_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        record.id().value(),
                        workspace.value(),
                        record.status().name(),
                        record.priority().name(),
                        record.team() == null ? null : record.team().value(),
                        record.assignee() == null ? null : record.assignee().value(),
                        String.join(",", new java.util.TreeSet<>(record.tags())),
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

    /** Adds the matches a mention does not have yet (an unmatched reply that turned out to match as well). */
    public void addMissingMatches(WorkspaceId workspace, PostId post, List<QueryMatch> matches) {
        var mention = jdbc.sql("select id from mention where workspace_id = ? and post_id = ?")
                .params(workspace.value(), post.value())
                .query(UUID.class)
                .optional();
        if (mention.isEmpty()) {
            return;
        }
        for (var match : matches) {
            jdbc.sql("insert into mention_match (mention_id, query_id, spans) select ?, ?, ? where not exists"
                            + " (select 1 from mention_match where mention_id = ? and query_id = ?)")
                    .params(mention.get(), match.query().value(), SpanCodec.encode(match.spans()), mention.get(), match.query().value())
                    .update();
        }
    }

    /** Who a case's customer is on its channel ({@code channel:handle}), as recorded when it opened. */
    public Optional<String> contactKeyOf(WorkspaceId workspace, CaseId id) {
        return jdbc.sql("select contact_key from support_case where workspace_id = ? and id = ? and contact_key is not null")
                .params(workspace.value(), id.value())
                .query(String.class)
                .optional();
    }

    public Page<CaseRecord> page(WorkspaceId workspace, PageRequest request) {
        return page(workspace, CaseFilter.none(), request);
    }

    /** One page of the workspace's cases that pass the filter, newest first. */
    public Page<CaseRecord> page(WorkspaceId workspace, CaseFilter filter, PageRequest request) {
        var where = new StringBuilder(" where c.workspace_id = :workspace");
        var params = new java.util.HashMap<String, Object>();
        params.put("workspace", workspace.value());
        if (!filter.statuses().isEmpty()) {
            where.append(" and c.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.team() != null) {
            where.append(" and c.team_id = :team");
            params.put("team", filter.team().value());
        }
        if (filter.unassigned()) {
            where.append(" and c.assignee_agent_id is null");
        } else if (filter.assignee() != null) {
            where.append(" and c.assignee_agent_id = :assignee");
            params.put("assignee", filter.assignee().value());
        }
        if (filter.channel() != null) {
            where.append(" and c.channel = :channel");
            params.put("channel", filter.channel());
        }
        if (filter.priority() != null) {
            where.append(" and c.priority = :priority");
            params.put("priority", filter.priority().name());
        }
        if (filter.intent() != null) {
            where.append(" and c.intent = :intent");
            params.put("intent", filter.intent());
        }
        if (filter.sentiment() != null) {
            where.append(switch (filter.sentiment()) {
                case NEGATIVE -> " and c.sentiment <= -0.05";
                case NEUTRAL -> " and c.sentiment > -0.05 and c.sentiment < 0.05";
                case POSITIVE -> " and c.sentiment >= 0.05";
            });
        }
        if (filter.text() != null) {
            where.append(" and lower(c.subject) like :text escape '!'");
            params.put("text", "%" + likeLiteral(filter.text().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        params.put("offset", request.offset());
        params.put("size", request.size());
        var items = jdbc.sql("select " + CASE_COLUMNS + " from support_case c" + where
                        + " order by c.opened_at desc, c.id desc offset :offset rows fetch next :size rows only")
                .params(params)
                .query(CaseRepository::caseRow)
                .list();
        var total = jdbc.sql("select count(*) from support_case c" + where).params(params).query(Long.class).single();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** A user's text taken literally inside LIKE: its wildcards and the escape character lose their meaning. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Records the channel and signals the inbox filters on. */
    public void setFacets(WorkspaceId workspace, CaseId id, String channel, @org.jspecify.annotations.Nullable String intent,
            @org.jspecify.annotations.Nullable Double sentiment) {
        jdbc.sql("update support_case set channel = ?, intent = ?, sentiment = ? where workspace_id = ? and id = ?")
                .params(channel, intent, sentiment, workspace.value(), id.value())
                .update();
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

    /**
     * The matches of the mentions of the given posts (for list views, the first post of each case), in one
     * statement for a whole page; a post without matches is missing from the map.
     */
    public java.util.Map<PostId, List<QueryMatch>> matchesOfPosts(WorkspaceId workspace, java.util.Collection<PostId> posts) {
        var byPost = new java.util.HashMap<PostId, List<QueryMatch>>();
        if (posts.isEmpty()) {
            return byPost;
        }
        jdbc.sql("select m.post_id, mm.query_id, mm.spans from mention m join mention_match mm on mm.mention_id = m.id"
                        + " where m.workspace_id = :workspace and m.post_id in (:posts) order by m.post_id, mm.query_id")
                .param("workspace", workspace.value())
                .param("posts", posts.stream().map(PostId::value).distinct().toList())
                .query(rs -> {
                    byPost.computeIfAbsent(new PostId(rs.getObject("post_id", UUID.class)), key -> new ArrayList<>())
                            .add(new QueryMatch(new TrackingQueryId(rs.getObject("query_id", UUID.class)), SpanCodec.decode(rs.getString("spans"))));
                });
        return byPost;
    }

    /** Moves a case in its workflow; the resolution time is kept while resolved and cleared on reopening. */
    public void updateStatus(WorkspaceId workspace, CaseId id, CaseStatus status, Instant at) {
        jdbc.sql("update support_case set status = ?, resolved_at = ?, updated_at = ? where workspace_id = ? and id = ?")
                .params(status.name(), status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED ? utc(at) : null, utc(at),
                        workspace.value(), id.value())
                .update();
    }

    public void assign(WorkspaceId workspace, CaseId id, @org.jspecify.annotations.Nullable AgentId agent, Instant at) {
        jdbc.sql("update support_case set assignee_agent_id = ?, updated_at = ? where workspace_id = ? and id = ?")
                .params(agent == null ? null : agent.value(), utc(at), workspace.value(), id.value())
                .update();
    }

    /** Records the first response once; true only for the call that recorded it. */
    public boolean markFirstResponse(WorkspaceId workspace, CaseId id, Instant at) {
        return jdbc.sql("update support_case set first_response_at = ?, updated_at = ? where workspace_id = ? and id = ?"
                        + " and first_response_at is null")
                        .params(utc(at), utc(at), workspace.value(), id.value())
                        .update()
                == 1;
    }

    /** Marks a case as moved (for the follow-up window and the inbox order), possibly with a new status. */
    public void touch(WorkspaceId workspace, CaseId id, CaseStatus status, Instant at) {
        jdbc.sql("update support_case set status = ?, resolved_at = case when ? then resolved_at else null end, updated_at = ?"
                        + " where workspace_id = ? and id = ?")
                .params(status.name(), status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED, utc(at), workspace.value(), id.value())
                .update();
    }

    public void setContact(WorkspaceId workspace, CaseId id, String contactKey, @org.jspecify.annotations.Nullable String language) {
        jdbc.sql("update support_case set contact_key = ?, language = ? where workspace_id = ? and id = ?")
                .params(contactKey, language, workspace.value(), id.value())
                .update();
    }

    /** The author's most recently updated case that is not closed, if it was updated since {@code since}. */
    public Optional<CaseRecord> latestOpenCaseOf(WorkspaceId workspace, String contactKey, Instant since) {
        return jdbc.sql("select " + CASE_COLUMNS + " from support_case c where c.workspace_id = ? and c.contact_key = ?"
                        + " and c.status <> 'CLOSED' and c.updated_at >= ? order by c.updated_at desc fetch first 1 rows only")
                .params(workspace.value(), contactKey, utc(since))
                .query(CaseRepository::caseRow)
                .optional();
    }

    /** The case that holds a mention of the given post, if any. */
    public Optional<CaseId> caseOfPost(WorkspaceId workspace, PostId post) {
        return jdbc.sql("select case_id from mention where workspace_id = ? and post_id = ?")
                .params(workspace.value(), post.value())
                .query(UUID.class)
                .optional()
                .map(CaseId::new);
    }

    /** The team queues that hold waiting cases (active, with a team, without an assignee), across workspaces. */
    public List<TeamQueue> queuesWithWaitingCases() {
        return jdbc.sql("select distinct workspace_id, team_id from support_case"
                        + " where assignee_agent_id is null and team_id is not null and status in ('NEW', 'OPEN', 'PENDING')")
                .query((rs, i) -> new TeamQueue(
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)), new TeamId(rs.getObject("team_id", UUID.class))))
                .list();
    }

    /** One team's queue. */
    public record TeamQueue(WorkspaceId workspace, TeamId team) {}

    /** The oldest cases waiting in one team's queue. */
    public List<QueuedCase> queued(TeamQueue queue, int limit) {
        return jdbc.sql("select c.workspace_id, c.id, c.team_id, c.subject, c.language from support_case c"
                        + " where c.workspace_id = ? and c.team_id = ? and c.assignee_agent_id is null"
                        + " and c.status in ('NEW', 'OPEN', 'PENDING') order by c.opened_at fetch first " + limit + " rows only")
                .params(queue.workspace().value(), queue.team().value())
                .query((rs, i) -> new QueuedCase(
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        new CaseId(rs.getObject("id", UUID.class)),
                        new TeamId(rs.getObject("team_id", UUID.class)),
                        rs.getString("subject"),
                        rs.getString("language")))
                .list();
    }

    /** A case waiting in its team's queue. */
    public record QueuedCase(
            WorkspaceId workspace, CaseId id, TeamId team, String subject, @org.jspecify.annotations.Nullable String language) {}

    /** Assigns a queued case unless someone took it meanwhile; true when this call assigned it. */
    public boolean assignIfQueued(WorkspaceId workspace, CaseId id, AgentId agent, Instant at) {
        return jdbc.sql("update support_case set assignee_agent_id = ?, updated_at = ? where workspace_id = ? and id = ?"
                        + " and assignee_agent_id is null")
                        .params(agent.value(), utc(at), workspace.value(), id.value())
                        .update()
                == 1;
    }

    /** Moves every mention of {@code from} to {@code to}; answers how many moved. */
    public int moveMentions(WorkspaceId workspace, CaseId from, CaseId to) {
        return jdbc.sql("update mention set case_id = ? where workspace_id = ? and case_id = ?")
                .params(to.value(), workspace.value(), from.value())
                .update();
    }

    /** Moves the mention of one post to another case; false when the case had no such mention. */
    public boolean moveMention(WorkspaceId workspace, PostId post, CaseId from, CaseId to) {
        return jdbc.sql("update mention set case_id = ? where workspace_id = ? and case_id = ? and post_id = ?")
                        .params(to.value(), workspace.value(), from.value(), post.value())
                        .update()
                == 1;
    }

    public int mentionCount(WorkspaceId workspace, CaseId id) {
        return jdbc.sql("select count(*) from mention where workspace_id = ? and case_id = ?")
                .params(workspace.value(), id.value())
                .query(Integer.class)
                .single();
    }

    /** The contact a case belongs to, once it is tied to one. */
    public Optional<org.frontline.cases.ContactId> contactOf(WorkspaceId workspace, CaseId id) {
        return jdbc.sql("select contact_id from support_case where workspace_id = ? and id = ? and contact_id is not null")
                .params(workspace.value(), id.value())
                .query(UUID.class)
                .optional()
                .map(org.frontline.cases.ContactId::new);
    }

    /** Raises the priority and records why, without touching anything else of the case. */
    public void escalate(WorkspaceId workspace, CaseId id, Priority priority, @org.jspecify.annotations.Nullable AgentId assignee, String note, Instant at) {
        jdbc.sql("update support_case set priority = ?, assignee_agent_id = coalesce(?, assignee_agent_id),"
                        + " routing_note = ?, updated_at = ? where workspace_id = ? and id = ?")
                .params(priority.name(), assignee == null ? null : assignee.value(), note, utc(at), workspace.value(), id.value())
                .update();
    }

    /** Open cases (new, open or pending) per assignee, for the router's capacity and load checks. */
    public java.util.Map<AgentId, Integer> openCasesPerAgent(WorkspaceId workspace, java.util.Collection<AgentId> agents) {
        var counts = new java.util.HashMap<AgentId, Integer>();
        if (agents.isEmpty()) {
            return counts;
        }
        jdbc.sql("select assignee_agent_id, count(*) as open_cases from support_case where workspace_id = :workspace"
                        + " and assignee_agent_id in (:agents) and status in ('NEW', 'OPEN', 'PENDING') group by assignee_agent_id")
                .param("workspace", workspace.value())
                .param("agents", agents.stream().map(AgentId::value).toList())
                .query(rs -> {
                    counts.put(new AgentId(rs.getObject("assignee_agent_id", UUID.class)), rs.getInt("open_cases"));
                });
        return counts;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static CaseRecord caseRow(ResultSet rs, int i) throws SQLException {
        var team = rs.getObject("team_id", UUID.class);
        var assignee = rs.getObject("assignee_agent_id", UUID.class);
        var tags = rs.getString("tags");
        return new CaseRecord(
                new CaseId(rs.getObject("id", UUID.class)),
                CaseStatus.valueOf(rs.getString("status")),
                Priority.valueOf(rs.getString("priority")),
                team == null ? null : new TeamId(team),
                assignee == null ? null : new AgentId(assignee),
                tags.isBlank() ? java.util.Set.of() : java.util.Set.of(tags.split(",")),
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
