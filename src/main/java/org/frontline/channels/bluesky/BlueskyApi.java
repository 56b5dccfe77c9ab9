package org.frontline.channels.bluesky;

import org.frontline.channels.social.NetworkFailure;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.frontline.channels.social.RateLimit;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.channels.social.SocialHttp;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The PDS calls Frontline makes: an app-password session ({@code com.atproto.server.createSession}), then
 * {@code createRecord} and {@code getRecord} with its access token. The PDS's {@code ratelimit-*} headers are
 * kept on the connection.
 */
@Component
class BlueskyApi {

    /** A logged-in session; the access token lives only as long as the request that needs it. */
    record Session(String did, String handle, String accessJwt) {}

    private final SocialHttp http;
    private final SocialConnections connections;

    BlueskyApi(SocialHttp http, SocialConnections connections) {
        this.http = http;
        this.connections = connections;
    }

    Session login(String pds, String identifier, String appPassword) {
        var body = JetstreamEvent.JSON.createObjectNode().put("identifier", identifier).put("password", appPassword);
        var answer = check(NetworkFailure.unlessUnreachable(() -> http.postJson(URI.create(pds + "/xrpc/com.atproto.server.createSession"), Map.of(), body.toString())));
        return new Session(answer.path("did").asString(""), answer.path("handle").asString(""), answer.path("accessJwt").asString(""));
    }

    Session login(SocialConnection connection) {
        var password = connections.credentials(connection).orElseThrow(() -> new NetworkFailure("The connection has no app password", 401, null));
        return login(connection.baseUrl(), connection.accountId() == null ? connection.label() : connection.accountId(), password);
    }

    JsonNode createRecord(SocialConnection connection, Session session, String rkey, JsonNode record) {
        var body = JetstreamEvent.JSON.createObjectNode().put("repo", session.did()).put("collection", JetstreamEvent.POST).put("rkey", rkey);
        body.set("record", record);
        var response = NetworkFailure.unlessUnreachable(() -> http.postJson(URI.create(connection.baseUrl() + "/xrpc/com.atproto.repo.createRecord"),
                Map.of("Authorization", "Bearer " + session.accessJwt()), body.toString()));
        connections.rateLimit(connection, rateLimit(response));
        return check(response);
    }

    /** The record at {@code rkey} in the session's repository, if it exists. */
    Optional<JsonNode> getRecord(SocialConnection connection, Session session, String rkey) {
        var uri = URI.create(connection.baseUrl() + "/xrpc/com.atproto.repo.getRecord?repo=" + session.did() + "&collection="
                + JetstreamEvent.POST + "&rkey=" + rkey);
        var response = NetworkFailure.unlessUnreachable(() -> http.get(uri, Map.of("Authorization", "Bearer " + session.accessJwt())));
        if (response.status() == 400 && response.body().contains("RecordNotFound") || response.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(check(response));
    }

    static RateLimit rateLimit(SocialHttp.Response response) {
        var limit = RateLimit.count(response.header("ratelimit-limit"));
        var remaining = RateLimit.count(response.header("ratelimit-remaining"));
        var reset = RateLimit.count(response.header("ratelimit-reset"));
        return limit == null && remaining == null ? RateLimit.UNKNOWN
                : new RateLimit(limit, remaining, reset == null ? null : Instant.ofEpochSecond(reset));
    }

    private static JsonNode check(SocialHttp.Response response) {
        final JsonNode body;
        try {
            body = JetstreamEvent.JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
        } catch (JacksonException e) {
            throw new NetworkFailure("The PDS answered something that is not JSON (HTTP " + response.status() + ")", response.status(), null);
        }
        if (response.ok()) {
            return body;
        }
        var said = body.path("message").asString(body.path("error").asString(""));
        var reason = switch (response.status()) {
            case 401 -> "The handle or app password was refused";
            case 429 -> "Rate limit reached";
            default -> "The PDS answered HTTP " + response.status();
        } + NetworkFailure.said(said);
        throw new NetworkFailure(reason, response.status(), response.status() == 429 ? rateLimit(response).resetAt() : null);
    }
}
