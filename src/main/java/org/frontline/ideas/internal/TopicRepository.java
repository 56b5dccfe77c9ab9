package org.frontline.ideas.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.ideas.TopicId;
import org.frontline.ideas.TopicKind;
import org.frontline.ideas.TopicStatus;
import org.frontline.shared.Page;
import org.frontline.shared.PageRequest;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idea_topic table. Every method is scoped by workspace. */
@Repository
public class TopicRepository {

    private static final String COLUMNS = "t.id, t.workspace_id, t.number, t.kind, t.title, t.body, t.author_id,"
            + " t.author_label, t.status, t.status_note, t.status_changed_at, t.official_answer, t.answered_at, t.tags,"
            + " t.visibility, t.spam_score, t.spam_reasons, t.rude, t.rude_reason, t.merged_into, t.vote_count,"
            + " t.comment_count, t.created_at";

    /** A topic about to be stored; its number is given by the repository. */
    public record NewTopic(
            TopicKind kind, String title, String body, @Nullable UUID authorId, String authorLabel,
            Visibility visibility, SpamScore spam, Rudeness rudeness) {}

    private final JdbcClient jdbc;

    TopicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the topic with the workspace's next number; the caller retries on a duplicate number. */
    public Topic insert(WorkspaceId workspace, NewTopic topic, Instant now) {
        var number = jdbc.sql("select coalesce(max(number), 0) + 1 from idea_topic where workspace_id = ?")
                .param(workspace.value())
                .query(Integer.class)
                .single();
        var id = UUID.randomUUID();
        jdbc.sql("insert into idea_topic (id, workspace_id, number, kind, title, body, author_id, author_label, status, tags,"
                        + " visibility, spam_score, spam_reasons, rude, rude_reason, vote_count, comment_count, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, 0, 0, ?, ?)")
                .params(id, workspace.value(), number, topic.kind().name(), topic.title(), topic.body(), topic.authorId(),
                        topic.authorLabel(), TopicStatus.OPEN.name(), topic.visibility().name(), topic.spam().score(),
                        topic.spam().reasonText(), topic.rudeness().rude(), topic.rudeness().reason(), utc(now), utc(now))
                .update();
        return find(workspace, new TopicId(id)).orElseThrow();
    }

    public Optional<Topic> find(WorkspaceId workspace, TopicId id) {
        return jdbc.sql("select " + COLUMNS + " from idea_topic t where t.workspace_id = ? and t.id = ?")
                .params(workspace.value(), id.value())
                .query(TopicRepository::row)
                .optional();
    }

    public Optional<Topic> findByNumber(WorkspaceId workspace, int number) {
        return jdbc.sql("select " + COLUMNS + " from idea_topic t where t.workspace_id = ? and t.number = ?")
                .params(workspace.value(), number)
                .query(TopicRepository::row)
                .optional();
    }

    /** The given topics that exist in the workspace, by id. */
    public Map<TopicId, Topic> findAll(WorkspaceId workspace, Collection<TopicId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLUMNS + " from idea_topic t where t.workspace_id = :ws and t.id in (:ids)")
                .param("ws", workspace.value())
                .param("ids", ids.stream().map(TopicId::value).toList())
                .query(TopicRepository::row)
                .list()
                .stream()
                .collect(Collectors.toMap(Topic::id, Function.identity()));
    }

    public Page<Topic> page(WorkspaceId workspace, TopicFilter filter, TopicSort sort, PageRequest request) {
        var where = new Where(workspace, filter);
        var order = switch (sort) {
            case NEW -> " order by t.created_at desc, t.number desc";
            case TOP, TRENDING -> " order by t.vote_count desc, t.created_at desc, t.number desc";
        };
        var items = where.bind(jdbc.sql("select " + COLUMNS + " from idea_topic t" + where.sql + order
                        + " offset :offset rows fetch next :size rows only"))
                .param("offset", request.offset())
                .param("size", request.size())
                .query(TopicRepository::row)
                .list();
        var total = where.bind(jdbc.sql("select count(*) from idea_topic t" + where.sql)).query(Long.class).single();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Ids of the topics a filter selects, at most {@code limit} by votes: the candidates of computed orders. */
    public List<TopicId> ids(WorkspaceId workspace, TopicFilter filter, int limit) {
        var where = new Where(workspace, filter);
        return where.bind(jdbc.sql("select t.id from idea_topic t" + where.sql
                        + " order by t.vote_count desc, t.created_at desc fetch first :limit rows only"))
                .param("limit", limit)
                .query((rs, i) -> new TopicId(rs.getObject("id", UUID.class)))
                .list();
    }

    public void updateStatus(WorkspaceId workspace, TopicId id, TopicStatus status, @Nullable String note, Instant now) {
        jdbc.sql("update idea_topic set status = ?, status_note = ?, status_changed_at = ?, updated_at = ?"
                        + " where workspace_id = ? and id = ?")
                .params(status.name(), note, utc(now), utc(now), workspace.value(), id.value())
                .update();
    }

    public void updateAnswer(WorkspaceId workspace, TopicId id, @Nullable String answer, Instant now) {
        jdbc.sql("update idea_topic set official_answer = ?, answered_at = ?, updated_at = ? where workspace_id = ? and id = ?")
                .params(answer, answer == null ? null : utc(now), utc(now), workspace.value(), id.value())
                .update();
    }

    public void updateTags(WorkspaceId workspace, TopicId id, List<String> tags) {
        jdbc.sql("update idea_topic set tags = ? where workspace_id = ? and id = ?")
                .params(Tags.join(tags), workspace.value(), id.value())
                .update();
    }

    public void updateVisibility(WorkspaceId workspace, TopicId id, Visibility visibility) {
        jdbc.sql("update idea_topic set visibility = ? where workspace_id = ? and id = ?")
                .params(visibility.name(), workspace.value(), id.value())
                .update();
    }

    public void clearRudeFlag(WorkspaceId workspace, TopicId id) {
        jdbc.sql("update idea_topic set rude = false where workspace_id = ? and id = ?")
                .params(workspace.value(), id.value())
                .update();
    }

    public void markMerged(WorkspaceId workspace, TopicId source, TopicId target, Instant now) {
        jdbc.sql("update idea_topic set merged_into = ?, updated_at = ? where workspace_id = ? and id = ?")
                .params(target.value(), utc(now), workspace.value(), source.value())
                .update();
    }

    /** Recounts the denormalized vote and comment counts from their tables, so they never drift. */
    public void recount(TopicId id) {
        jdbc.sql("update idea_topic set vote_count = (select count(*) from idea_vote v where v.topic_id = :id),"
                        + " comment_count = (select count(*) from idea_comment c where c.topic_id = :id and c.hidden = false)"
                        + " where id = :id")
                .param("id", id.value())
                .update();
    }

    /** Titles of the workspace's public topics, newest first, for duplicate suggestions. */
    public List<Topic> recentPublic(WorkspaceId workspace, int limit) {
        return jdbc.sql("select " + COLUMNS + " from idea_topic t where t.workspace_id = ? and t.visibility = 'VISIBLE'"
                        + " and t.merged_into is null order by t.created_at desc fetch first ? rows only")
                .params(workspace.value(), limit)
                .query(TopicRepository::row)
                .list();
    }

    private static final class Where {
        private final StringBuilder sql = new StringBuilder(" where t.workspace_id = :ws and t.merged_into is null");
        private final List<Map.Entry<String, Object>> params = new ArrayList<>();

        Where(WorkspaceId workspace, TopicFilter filter) {
            params.add(Map.entry("ws", workspace.value()));
            if (!filter.moderator()) {
                sql.append(filter.author() != null
                        ? " and t.visibility in ('VISIBLE', 'HELD')"
                        : " and t.visibility = 'VISIBLE'");
            }
            add(filter.status() == null ? null : filter.status().name(), " and t.status = :status", "status");
            add(filter.kind() == null ? null : filter.kind().name(), " and t.kind = :kind", "kind");
            add(filter.tag() == null ? null : "%," + likeEscape(filter.tag()) + ",%",
                    " and (',' || t.tags || ',') like :tag escape '!'", "tag");
            add(filter.search() == null || filter.search().isBlank() ? null
                            : "%" + likeEscape(filter.search().strip().toLowerCase(Locale.ROOT)) + "%",
                    " and (lower(t.title) like :q escape '!' or lower(t.body) like :q escape '!')", "q");
            add(filter.author(), " and t.author_id = :author", "author");
            add(filter.votedBy(),
                    " and exists (select 1 from idea_vote v where v.topic_id = t.id and v.user_id = :voter)", "voter");
        }

        private void add(@Nullable Object value, String clause, String name) {
            if (value != null) {
                sql.append(clause);
                params.add(Map.entry(name, value));
            }
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            for (var p : params) {
                spec = spec.param(p.getKey(), p.getValue());
            }
            return spec;
        }
    }

    static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Topic row(ResultSet rs, int i) throws SQLException {
        var author = rs.getObject("author_id", UUID.class);
        var merged = rs.getObject("merged_into", UUID.class);
        var tags = rs.getString("tags");
        return new Topic(
                new TopicId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getInt("number"),
                TopicKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("body"),
                author,
                rs.getString("author_label"),
                TopicStatus.valueOf(rs.getString("status")),
                rs.getString("status_note"),
                instant(rs, "status_changed_at"),
                rs.getString("official_answer"),
                instant(rs, "answered_at"),
                tags == null || tags.isEmpty() ? List.of() : List.of(tags.split(",")),
                Visibility.valueOf(rs.getString("visibility")),
                rs.getDouble("spam_score"),
                rs.getString("spam_reasons"),
                rs.getBoolean("rude"),
                rs.getString("rude_reason"),
                merged == null ? null : new TopicId(merged),
                rs.getInt("vote_count"),
                rs.getInt("comment_count"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
