package org.frontline.channels.social;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.channels.internal.SecretBox;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Connected social accounts: their sealed credentials (AES-GCM, bound to the row), their cursors and their
 * health. Credentials go in and come out only here, and are never part of a {@link SocialConnection}.
 */
@Component
public class SocialConnections {

    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final Clock clock;

    SocialConnections(JdbcClient jdbc, SecretBox secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    public SocialConnection create(WorkspaceId workspace, Network network, String label, String baseUrl, @Nullable String accountId,
            @Nullable String credentials) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into social_connection (id, workspace_id, network, label, base_url, account_id, secret, connected, items,
                        created_at) values (?, ?, ?, ?, ?, ?, ?, true, 0, ?)""")
                .params(id, workspace.value(), network.name(), cut(label, 300), baseUrl, accountId,
                        credentials == null ? null : secrets.seal(credentials, context(id)), now())
                .update();
        return find(workspace, id).orElseThrow();
    }

    public Optional<SocialConnection> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select * from social_connection where workspace_id = ? and id = ?")
                .params(workspace.value(), id)
                .query(SocialConnections::connection)
                .optional();
    }

    public List<SocialConnection> list(WorkspaceId workspace) {
        return jdbc.sql("select * from social_connection where workspace_id = ? order by network, label")
                .param(workspace.value())
                .query(SocialConnections::connection)
                .list();
    }

    public List<SocialConnection> list(WorkspaceId workspace, Network network) {
        return list(workspace).stream().filter(c -> c.network() == network).toList();
    }

    /** Every connection of a network, across workspaces: the listeners' work list. */
    public List<SocialConnection> all(Network network) {
        return jdbc.sql("select * from social_connection where network = ? order by created_at")
                .param(network.name())
                .query(SocialConnections::connection)
                .list();
    }

    /** Opens the connection's credentials for one request. Never log or return what this gives. */
    public Optional<String> credentials(SocialConnection connection) {
        return jdbc.sql("select secret from social_connection where id = ?")
                .param(connection.id())
                .query(String.class)
                .optional()
                .map(sealed -> secrets.open(sealed, context(connection.id())));
    }

    public boolean remove(WorkspaceId workspace, UUID id) {
        jdbc.sql("delete from social_cursor where connection_id in (select id from social_connection where workspace_id = ? and id = ?)")
                .params(workspace.value(), id)
                .update();
        return jdbc.sql("delete from social_connection where workspace_id = ? and id = ?").params(workspace.value(), id).update() == 1;
    }

    public Optional<String> cursor(SocialConnection connection, String stream) {
        return jdbc.sql("select position from social_cursor where connection_id = ? and stream = ?")
                .params(connection.id(), stream)
                .query(String.class)
                .optional();
    }

    /** Stores where a stream stopped. Call it after the posts up to there are ingested, never before. */
    public void saveCursor(SocialConnection connection, String stream, String position) {
        var updated = jdbc.sql("update social_cursor set position = ?, updated_at = ? where connection_id = ? and stream = ?")
                .params(position, now(), connection.id(), stream)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into social_cursor (connection_id, stream, position, updated_at) values (?, ?, ?, ?)")
                    .params(connection.id(), stream, position, now())
                    .update();
        }
    }

    /** A successful exchange that brought {@code newItems} posts. */
    public void heard(SocialConnection connection, long newItems) {
        jdbc.sql("update social_connection set connected = true, last_event_at = ?, items = items + ? where id = ?")
                .params(now(), newItems, connection.id())
                .update();
    }

    /** A failure, with a reason written for the person reading the Channels page (never a secret). */
    public void failed(SocialConnection connection, String reason, boolean stillConnected) {
        jdbc.sql("update social_connection set connected = ?, last_error = ?, last_error_at = ? where id = ?")
                .params(stillConnected, cut(reason, 1000), now(), connection.id())
                .update();
    }

    /**
     * Refuses a request while the connection's budget, as the network last stated it, is spent: no request
     * is made before the reset time the network announced.
     */
    public void requireBudget(SocialConnection connection) {
        var limit = find(connection.workspace(), connection.id()).orElse(connection).health().rateLimit();
        if (limit.exhausted(clock.instant())) {
            throw new NetworkFailure("Rate limit reached; it resets at " + limit.resetAt(), 429, limit.resetAt());
        }
    }

    public void rateLimit(SocialConnection connection, RateLimit limit) {
        if (limit.equals(RateLimit.UNKNOWN)) {
            return;
        }
        jdbc.sql("update social_connection set rate_limit_limit = ?, rate_limit_remaining = ?, rate_limit_reset_at = ? where id = ?")
                .params(limit.limit(), limit.remaining(), limit.resetAt() == null ? null : limit.resetAt().atOffset(ZoneOffset.UTC),
                        connection.id())
                .update();
    }

    private static String context(UUID id) {
        return "social_connection:" + id;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        var value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static SocialConnection connection(ResultSet rs, int row) throws SQLException {
        var limit = new RateLimit(integer(rs, "rate_limit_limit"), integer(rs, "rate_limit_remaining"), instant(rs, "rate_limit_reset_at"));
        var health = new SocialConnection.Health(rs.getBoolean("connected"), instant(rs, "last_event_at"), rs.getString("last_error"),
                instant(rs, "last_error_at"), rs.getLong("items"), limit);
        return new SocialConnection(rs.getObject("id", UUID.class), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                Network.valueOf(rs.getString("network")), rs.getString("label"), rs.getString("base_url"), rs.getString("account_id"), health);
    }
}
