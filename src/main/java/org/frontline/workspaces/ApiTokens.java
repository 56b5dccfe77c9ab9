package org.frontline.workspaces;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workspace API tokens for machines ({@code Authorization: Bearer …}). Tokens carry 256 random bits, so a
 * plain SHA-256 digest is enough to store them: there is nothing to brute-force that a slow hash would
 * protect.
 */
@Component
public class ApiTokens {

    private static final String PREFIX = "ftl_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issues a new token; its plain value is returned once and never stored. */
    @Transactional
    public IssuedToken issue(WorkspaceId workspace, String name, Role role) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var plain = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new IssuedToken(register(workspace, name, role, plain), plain);
    }

    /** Registers a token chosen by the operator (for automation), e.g. from {@code FRONTLINE_BOOTSTRAP_TOKEN}. */
    @Transactional
    public UUID register(WorkspaceId workspace, String name, Role role, String plainToken) {
        if (plainToken.length() < 16) {
            throw new IllegalArgumentException("An API token needs at least 16 characters");
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into api_token (id, workspace_id, name, token_hash, role, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, workspace.value(), name, digest(plainToken), role.name(), clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return id;
    }

    /** The principal of a presented token, or empty when no such token exists. */
    public Optional<TokenPrincipal> authenticate(String plainToken) {
        return jdbc.sql("select id, name, workspace_id, role from api_token where token_hash = ?")
                .param(digest(plainToken))
                .query((rs, i) -> new TokenPrincipal(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        Role.parse(rs.getString("role"))))
                .optional();
    }

    /** The workspace's tokens, newest first, without their secrets. */
    public List<ApiTokenView> list(WorkspaceId workspace) {
        return jdbc.sql("select id, name, role, created_at, last_used_at from api_token where workspace_id = ?"
                        + " order by created_at desc, name")
                .param(workspace.value())
                .query((rs, i) -> new ApiTokenView(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        Role.parse(rs.getString("role")),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("last_used_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .list();
    }

    /** Revokes a token at once; answers whether the workspace had it. */
    @Transactional
    public boolean revoke(WorkspaceId workspace, UUID id) {
        return jdbc.sql("delete from api_token where workspace_id = ? and id = ?")
                        .params(workspace.value(), id)
                        .update()
                == 1;
    }

    /**
     * Records that a token was used, at most once a minute per token so that busy integrations do not turn
     * every request into a write.
     */
    public void touch(TokenPrincipal token) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(now, token.tokenId(), now.minusMinutes(1))
                .update();
    }

    private static String digest(String plainToken) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(plainToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
