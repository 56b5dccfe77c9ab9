package org.frontline.channels.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feed_source table. Every method but {@link #due} is scoped by workspace. */
@Repository
class FeedRepository {

    private final JdbcClient jdbc;

    FeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(FeedSource feed, Instant createdAt) {
        jdbc.sql("""
                        insert into feed_source (id, workspace_id, url, title, site_url, interval_seconds, failures,
                        next_poll_at, flagged_entries, created_at) values (?, ?, ?, ?, ?, ?, 0, ?, 0, ?)""")
                .params(feed.id(), feed.workspace().value(), feed.url(), feed.title(), feed.siteUrl(), (int) feed.interval().toSeconds(),
                        utc(feed.nextPollAt()), utc(createdAt))
                .update();
    }

    Optional<FeedSource> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select * from feed_source where workspace_id = ? and id = ?")
                .params(workspace.value(), id)
                .query(FeedRepository::feed)
                .optional();
    }

    Optional<FeedSource> findByUrl(WorkspaceId workspace, String url) {
        return jdbc.sql("select * from feed_source where workspace_id = ? and url = ?")
                .params(workspace.value(), url)
                .query(FeedRepository::feed)
                .optional();
    }

    List<FeedSource> list(WorkspaceId workspace) {
        return jdbc.sql("select * from feed_source where workspace_id = ? order by coalesce(title, url)")
                .param(workspace.value())
                .query(FeedRepository::feed)
                .list();
    }

    /** Feeds whose next poll is due, across workspaces: the poller's work list. */
    List<FeedSource> due(Instant now, int limit) {
        return jdbc.sql("select * from feed_source where next_poll_at <= ? order by next_poll_at limit ?")
                .params(utc(now), limit)
                .query(FeedRepository::feed)
                .list();
    }

    /** Takes a due feed for one poller: false when another poller took it first. */
    boolean claim(FeedSource feed, Instant until) {
        return jdbc.sql("update feed_source set next_poll_at = ? where id = ? and next_poll_at = ?")
                        .params(utc(until), feed.id(), utc(feed.nextPollAt()))
                        .update()
                == 1;
    }

    void polled(WorkspaceId workspace, UUID id, @Nullable String title, @Nullable String siteUrl, @Nullable String etag,
            @Nullable String lastModified, long flagged, Instant next) {
        jdbc.sql("""
                        update feed_source set title = coalesce(?, title), site_url = coalesce(?, site_url), etag = ?,
                        last_modified = ?, failures = 0, blocked_reason = null, flagged_entries = flagged_entries + ?,
                        next_poll_at = ? where workspace_id = ? and id = ?""")
                .params(title, siteUrl, etag, lastModified, flagged, utc(next), workspace.value(), id)
                .update();
    }

    void failed(WorkspaceId workspace, UUID id, @Nullable String blockedReason, Instant next) {
        jdbc.sql("update feed_source set failures = failures + 1, blocked_reason = ?, next_poll_at = ? where workspace_id = ? and id = ?")
                .params(blockedReason, utc(next), workspace.value(), id)
                .update();
    }

    boolean delete(WorkspaceId workspace, UUID id) {
        return jdbc.sql("delete from feed_source where workspace_id = ? and id = ?").params(workspace.value(), id).update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static FeedSource feed(ResultSet rs, int row) throws SQLException {
        return new FeedSource(
                rs.getObject("id", UUID.class),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getString("url"),
                rs.getString("title"),
                rs.getString("site_url"),
                Duration.ofSeconds(rs.getInt("interval_seconds")),
                rs.getString("etag"),
                rs.getString("last_modified"),
                rs.getInt("failures"),
                rs.getObject("next_poll_at", OffsetDateTime.class).toInstant(),
                rs.getString("blocked_reason"),
                rs.getLong("flagged_entries"));
    }
}
