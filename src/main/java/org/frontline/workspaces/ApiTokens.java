package org.frontline.workspaces;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
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

    private static String digest(String plainToken) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(plainToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
