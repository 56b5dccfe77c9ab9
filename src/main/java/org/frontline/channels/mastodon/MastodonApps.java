package org.frontline.channels.mastodon;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.frontline.channels.internal.SecretBox;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OAuth applications Frontline registered on Mastodon instances (client id and secret sealed together,
 * bound to their row) and the authorizations under way, each usable once.
 */
@Component
class MastodonApps {

    /** A registered application; the client secret is opened only to trade a code for a token. */
    record Registered(UUID id, String baseUrl, String redirectUri, MastodonApi.App app) {}

    /** An authorization a user started: who, for which application, and the PKCE verifier. */
    record Pending(WorkspaceId workspace, UUID appId, String startedBy, String verifier, Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final SecretBox secrets;

    MastodonApps(JdbcClient jdbc, SecretBox secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    Optional<Registered> find(WorkspaceId workspace, String baseUrl, String redirectUri) {
        return jdbc.sql("select id from mastodon_app where workspace_id = ? and base_url = ? and redirect_uri = ? order by created_at desc")
                .params(workspace.value(), baseUrl, redirectUri)
                .query(UUID.class)
                .list()
                .stream()
                .findFirst()
                .flatMap(id -> find(workspace, id));
    }

    Optional<Registered> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select id, base_url, redirect_uri, secret from mastodon_app where workspace_id = ? and id = ?")
                .params(workspace.value(), id)
                .query((rs, row) -> {
                    var opened = MastodonApi.JSON.readTree(secrets.open(rs.getString("secret"), appContext(id)));
                    var app = new MastodonApi.App(opened.path("clientId").asString(""), opened.path("clientSecret").asString(""));
                    return new Registered(id, rs.getString("base_url"), rs.getString("redirect_uri"), app);
                })
                .optional();
    }

    Registered save(WorkspaceId workspace, String baseUrl, String redirectUri, MastodonApi.App app, Instant now) {
        var id = UUID.randomUUID();
        ObjectNode sealed = MastodonApi.JSON.createObjectNode().put("clientId", app.clientId()).put("clientSecret", app.clientSecret());
        jdbc.sql("insert into mastodon_app (id, workspace_id, base_url, redirect_uri, secret, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, workspace.value(), baseUrl, redirectUri, secrets.seal(sealed.toString(), appContext(id)), utc(now))
                .update();
        return new Registered(id, baseUrl, redirectUri, app);
    }

    /** Forgets an application the instance no longer knows, so the next attempt registers a new one. */
    void forget(WorkspaceId workspace, UUID id) {
        jdbc.sql("delete from mastodon_app where workspace_id = ? and id = ?").params(workspace.value(), id).update();
    }

    void start(String state, Pending pending, Instant now) {
        jdbc.sql("delete from mastodon_authorization where expires_at < ?").param(utc(now)).update();
        jdbc.sql("insert into mastodon_authorization (state, workspace_id, app_id, started_by, verifier, expires_at) values (?, ?, ?, ?, ?, ?)")
                .params(state, pending.workspace().value(), pending.appId(), pending.startedBy(),
                        secrets.seal(pending.verifier(), stateContext(state)), utc(pending.expiresAt()))
                .update();
    }

    /** Takes the authorization of {@code state} out: a state is good for one callback only, even when two race. */
    Optional<Pending> take(String state) {
        var found = jdbc.sql("select workspace_id, app_id, started_by, verifier, expires_at from mastodon_authorization where state = ?")
                .param(state)
                .query((rs, row) -> new Pending(new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getObject("app_id", UUID.class),
                        rs.getString("started_by"), secrets.open(rs.getString("verifier"), stateContext(state)),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional();
        var taken = jdbc.sql("delete from mastodon_authorization where state = ?").param(state).update() == 1;
        return taken ? found : Optional.empty();
    }

    private static String appContext(UUID id) {
        return "mastodon_app:" + id;
    }

    private static String stateContext(String state) {
        return "mastodon_authorization:" + state;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
