package org.frontline.ingest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.frontline.ingest.Channel;
import org.frontline.ingest.KeyedCount;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.frontline.ingest.PostId;
import org.frontline.ingest.PostSearchKeys;
import org.frontline.ingest.PostView;
import org.frontline.ingest.SearchCondition;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The post table, and beside it {@code post_search_keys}: each post's search keys (see {@code SearchKeyColumn}) with
 * its workspace and time received, so that searches read the keys without the post's text and payload. Every method is
 * scoped by workspace.
 */
@Repository
public class PostRepository {

    private static final String COLUMNS =
            "id, workspace_id, channel, external_id, url, author_handle, author_display_name, author_profile_url,"
                    + " author_followers, text, lang, in_reply_to, created_at, received_at";

    /**
     * How many time slices a count over the keys is split into, each run on its own connection: H2 works in the
     * calling thread, so one statement uses one core however many the machine has.
     */
    private static final int COUNT_SLICES = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);

    private final JdbcClient jdbc;
    private final ObjectProvider<PostSearchKeys> searchKeys;
    private final TransactionTemplate transactions;

    PostRepository(JdbcClient jdbc, ObjectProvider<PostSearchKeys> searchKeys, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.searchKeys = searchKeys;
        this.transactions = transactions;
    }

    public Optional<PostId> findIdByExternalId(WorkspaceId workspace, Channel channel, String externalId) {
        return jdbc.sql("select id from post where workspace_id = ? and channel = ? and external_id = ?")
                .params(workspace.value(), channel.wireName(), externalId)
                .query(UUID.class)
                .optional()
                .map(PostId::new);
    }

    /** The id and current text of a stored post, to tell a repeat from an edit. */
    public record StoredText(PostId id, String text) {}

    public Optional<StoredText> findStoredText(WorkspaceId workspace, Channel channel, String externalId) {
        return jdbc.sql("select id, text from post where workspace_id = ? and channel = ? and external_id = ?")
                .params(workspace.value(), channel.wireName(), externalId)
                .query((rs, i) -> new StoredText(new PostId(rs.getObject("id", UUID.class)), rs.getString("text")))
                .optional();
    }

    /** Replaces what the source may change (text, url, author, language, raw payload); identity stays. */
    public void updateEdited(WorkspaceId workspace, PostId id, NewPost post, Instant editedAt) {
        transactions.executeWithoutResult(status -> {
            updatePost(workspace, id, post, editedAt);
            jdbc.sql("update post_search_keys set search_keys = ? where workspace_id = ? and post_id = ?")
                    .params(searchKeysOf(post), workspace.value(), id.value())
                    .update();
        });
    }

    private void updatePost(WorkspaceId workspace, PostId id, NewPost post, Instant editedAt) {
        jdbc.sql(
                        """
                        update post set url = ?, author_handle = ?, author_display_name = ?, author_profile_url = ?,
                        author_followers = ?, text = ?, lang = ?, raw_payload = ?, edited_at = ?
                        where workspace_id = ? and id = ?""")
                .params(
                        post.url(),
                        post.author().handle(),
                        post.author().displayName(),
                        post.author().profileUrl(),
                        post.author().followers(),
                        post.text(),
                        post.lang(),
                        post.rawPayload(),
                        utc(editedAt),
                        workspace.value(),
                        id.value())
                .update();
    }

    /** Stores the post and its search keys, in one transaction. */
    public void insert(WorkspaceId workspace, PostId id, NewPost post, Instant receivedAt) {
        transactions.executeWithoutResult(status -> {
            insertPost(workspace, id, post, receivedAt);
            jdbc.sql("insert into post_search_keys (post_id, workspace_id, received_at, search_keys) values (?, ?, ?, ?)")
                    .params(id.value(), workspace.value(), utc(receivedAt), searchKeysOf(post))
                    .update();
        });
    }

    private void insertPost(WorkspaceId workspace, PostId id, NewPost post, Instant receivedAt) {
        jdbc.sql("insert into post (" + COLUMNS + ", raw_payload)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id.value(),
                        workspace.value(),
                        post.channel().wireName(),
                        post.externalId(),
                        post.url(),
                        post.author().handle(),
                        post.author().displayName(),
                        post.author().profileUrl(),
                        post.author().followers(),
                        post.text(),
                        post.lang(),
                        post.inReplyTo(),
                        utc(post.createdAt()),
                        utc(receivedAt),
                        post.rawPayload())
                .update();
    }

    public Optional<PostView> find(WorkspaceId workspace, PostId id) {
        return jdbc.sql("select " + COLUMNS + " from post where workspace_id = ? and id = ?")
                .params(workspace.value(), id.value())
                .query(PostRepository::view)
                .optional();
    }

    public List<PostView> findAll(WorkspaceId workspace, Collection<PostId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from post where workspace_id = :workspace and id in (:ids)")
                .param("workspace", workspace.value())
                .param("ids", ids.stream().map(PostId::value).toList())
                .query(PostRepository::view)
                .list();
    }

    /**
     * Hands the workspace's posts received since {@code since} to {@code batch}, newest first, at most
     * {@code batchSize} at a time, until they run out or {@code batch} answers false.
     */
    public void forEachReceivedSince(
            WorkspaceId workspace, Instant since, int batchSize, Predicate<List<PostView>> batch) {
        forEachSelectedSince(workspace, since, Filter.NONE, batchSize, batch);
    }

    /**
     * Like {@link #forEachReceivedSince}, but only the posts whose search keys satisfy {@code condition}, and those
     * stored without keys.
     */
    public void forEachCandidateReceivedSince(
            WorkspaceId workspace,
            Instant since,
            SearchCondition condition,
            int batchSize,
            Predicate<List<PostView>> batch) {
        forEachKeyedSince(
                workspace, since, (sql, params) -> SearchKeyColumn.appendCandidates(condition, sql, params), batchSize, batch);
    }

    /** The workspace's posts received since {@code since} that were stored without search keys, as for a scan. */
    public void forEachWithoutKeysReceivedSince(
            WorkspaceId workspace, Instant since, int batchSize, Predicate<List<PostView>> batch) {
        forEachKeyedSince(workspace, since, (sql, params) -> sql.append(" and search_keys is null"), batchSize, batch);
    }

    /**
     * Over the workspace's posts received since {@code since}: per quarter hour received (by its start), how many were
     * stored with search keys that satisfy the exact {@code condition}, and in all how many posts there are and how
     * many of them have no keys. Every time zone's days are made of whole quarter hours. Outside a transaction, the
     * time from {@code since} to {@code now} is cut into slices of whole quarter hours counted at once on separate
     * connections (inside one, another connection would not see its writes); posts received after {@code now} are
     * counted too, with the last slice.
     */
    public KeyedCount countKeyedPerQuarterHour(
            WorkspaceId workspace, Instant since, Instant now, SearchCondition condition) {
        List<Instant> bounds = sliceBounds(since, now);
        if (bounds.size() == 2 || TransactionSynchronizationManager.isActualTransactionActive()) {
            return countKeyed(workspace, since, null, condition);
        }
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<KeyedCount>> others = new ArrayList<>();
            for (int i = 1; i < bounds.size() - 1; i++) {
                Instant from = bounds.get(i);
                Instant until = i + 2 < bounds.size() ? bounds.get(i + 1) : null;
                others.add(executor.submit(() -> countKeyed(workspace, from, until, condition)));
            }
            KeyedCount first = countKeyed(workspace, since, bounds.get(1), condition);
            Map<Instant, Long> matches = new HashMap<>(first.matchesPerQuarterHour());
            long posts = first.posts();
            long keyless = first.keyless();
            for (var other : others) {
                KeyedCount slice = other.get();
                matches.putAll(slice.matchesPerQuarterHour());
                posts += slice.posts();
                keyless += slice.keyless();
            }
            return new KeyedCount(matches, posts, keyless);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * From {@code since} to {@code now}, the starts of {@link #COUNT_SLICES} slices of about equal length, each on a
     * quarter hour after the first, and a last element that stands for "no end" (posts received later, after a clock
     * skew, belong to the last slice).
     */
    static List<Instant> sliceBounds(Instant since, Instant now) {
        List<Instant> bounds = new ArrayList<>(List.of(since));
        long quarters = Math.max(0, (now.getEpochSecond() - since.getEpochSecond()) / 900);
        long sinceQuarter = Math.floorDiv(since.getEpochSecond(), 900);
        for (int i = 1; i < COUNT_SLICES; i++) {
            Instant bound = Instant.ofEpochSecond((sinceQuarter + quarters * i / COUNT_SLICES + 1) * 900);
            if (bound.isAfter(bounds.getLast()) && bound.isBefore(now)) {
                bounds.add(bound);
            }
        }
        bounds.add(Instant.MAX);
        return bounds;
    }

    private KeyedCount countKeyed(
            WorkspaceId workspace, Instant from, @Nullable Instant until, SearchCondition condition) {
        var sql = new StringBuilder("select floor(extract(epoch from received_at) / 900) as quarter, count(*) as posts,"
                + " sum(case when search_keys is null then 1 else 0 end) as keyless,"
                + " sum(case when search_keys is not null and ");
        List<Object> params = new ArrayList<>();
        SearchKeyColumn.appendCondition(condition, sql, params);
        sql.append(" then 1 else 0 end) as matches from post_search_keys where workspace_id = ? and received_at >= ?");
        params.addAll(List.of(workspace.value(), utc(from)));
        if (until != null) {
            sql.append(" and received_at < ?");
            params.add(utc(until));
        }
        sql.append(" group by floor(extract(epoch from received_at) / 900)");
        Map<Instant, Long> matches = new HashMap<>();
        long[] totals = new long[2];
        jdbc.sql(sql.toString()).params(params).query((RowCallbackHandler) rs -> {
            matches.put(Instant.ofEpochSecond(rs.getLong("quarter") * 900), rs.getLong("matches"));
            totals[0] += rs.getLong("posts");
            totals[1] += rs.getLong("keyless");
        });
        return new KeyedCount(matches, totals[0], totals[1]);
    }

    /** How many posts the workspace received since {@code since}. */
    public long countReceivedSince(WorkspaceId workspace, Instant since) {
        return jdbc.sql("select count(*) from post where workspace_id = ? and received_at >= ?")
                .params(workspace.value(), utc(since))
                .query(Long.class)
                .single();
    }

    // Pages by (received_at, id), newest first, which the index post_by_workspace_received_id serves in order.
    private void forEachSelectedSince(
            WorkspaceId workspace, Instant since, Filter filter, int batchSize, Predicate<List<PostView>> batch) {
        List<PostView> page = page(workspace, since, filter, null, batchSize);
        while (!page.isEmpty() && batch.test(page) && page.size() == batchSize) {
            page = page(workspace, since, filter, page.getLast(), batchSize);
        }
    }

    /** More of a where clause: SQL starting with " and", and its parameters. */
    private interface Filter {

        Filter NONE = (sql, params) -> {};

        void appendTo(StringBuilder sql, List<Object> params);
    }

    private List<PostView> page(
            WorkspaceId workspace, Instant since, Filter filter, @Nullable PostView after, int batchSize) {
        var sql = new StringBuilder("select " + COLUMNS + " from post where workspace_id = ? and received_at >= ?");
        List<Object> params = new ArrayList<>(List.of(workspace.value(), utc(since)));
        if (after != null) {
            // The first condition bounds the index range, so that a page starts where the last one stopped.
            sql.append(" and received_at <= ? and (received_at < ? or (received_at = ? and id < ?))");
            params.addAll(List.of(
                    utc(after.receivedAt()), utc(after.receivedAt()), utc(after.receivedAt()), after.id().value()));
        }
        filter.appendTo(sql, params);
        // workspace_id is fixed, but naming it lets H2 read the index backwards and stop at the limit instead of
        // sorting the whole period for each page.
        sql.append(" order by workspace_id desc, received_at desc, id desc limit ?");
        params.add(batchSize);
        return jdbc.sql(sql.toString()).params(params).query(PostRepository::view).list();
    }

    // Selects by the keys alone, paged by (received_at, post_id) newest first on post_search_keys_by_workspace_received,
    // then reads the selected posts by id: the text and payload of the posts not selected are never read.
    private void forEachKeyedSince(
            WorkspaceId workspace, Instant since, Filter filter, int batchSize, Predicate<List<PostView>> batch) {
        List<KeyedRow> page = keyedPage(workspace, since, filter, null, batchSize);
        while (!page.isEmpty() && batch.test(postsOf(workspace, page)) && page.size() == batchSize) {
            page = keyedPage(workspace, since, filter, page.getLast(), batchSize);
        }
    }

    private record KeyedRow(UUID id, OffsetDateTime receivedAt) {}

    private List<KeyedRow> keyedPage(
            WorkspaceId workspace, Instant since, Filter filter, @Nullable KeyedRow after, int batchSize) {
        var sql = new StringBuilder(
                "select post_id, received_at from post_search_keys where workspace_id = ? and received_at >= ?");
        List<Object> params = new ArrayList<>(List.of(workspace.value(), utc(since)));
        if (after != null) {
            sql.append(" and received_at <= ? and (received_at < ? or (received_at = ? and post_id < ?))");
            params.addAll(List.of(after.receivedAt(), after.receivedAt(), after.receivedAt(), after.id()));
        }
        filter.appendTo(sql, params);
        sql.append(" order by workspace_id desc, received_at desc, post_id desc limit ?");
        params.add(batchSize);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> new KeyedRow(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class)))
                .list();
    }

    /** The posts of {@code rows}, in their order; a post deleted since the keys were read is left out. */
    private List<PostView> postsOf(WorkspaceId workspace, List<KeyedRow> rows) {
        Map<UUID, PostView> found = new HashMap<>();
        for (PostView post : findAll(workspace, rows.stream().map(row -> new PostId(row.id())).toList())) {
            found.put(post.id().value(), post);
        }
        List<PostView> ordered = new ArrayList<>(rows.size());
        for (KeyedRow row : rows) {
            PostView post = found.get(row.id());
            if (post != null) {
                ordered.add(post);
            }
        }
        return ordered;
    }

    public long count(WorkspaceId workspace) {
        return jdbc.sql("select count(*) from post where workspace_id = ?")
                .param(workspace.value())
                .query(Long.class)
                .single();
    }

    /** The post's search keys as stored (see {@code SearchKeyColumn}), or null when no matcher provides them. */
    @Nullable String searchKeysOf(NewPost post) {
        PostSearchKeys keys = searchKeys.getIfAvailable();
        return keys == null ? null : SearchKeyColumn.encode(keys.keysOf(post));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static PostView view(ResultSet rs, int row) throws SQLException {
        var followers = rs.getObject("author_followers") == null ? null : rs.getLong("author_followers");
        return new PostView(
                new PostId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                Channel.fromWireName(rs.getString("channel")).orElseThrow(),
                rs.getString("external_id"),
                rs.getString("url"),
                new PostAuthor(
                        rs.getString("author_handle"),
                        rs.getString("author_display_name"),
                        rs.getString("author_profile_url"),
                        followers),
                rs.getString("text"),
                rs.getString("lang"),
                rs.getString("in_reply_to"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("received_at", OffsetDateTime.class).toInstant());
    }
}
