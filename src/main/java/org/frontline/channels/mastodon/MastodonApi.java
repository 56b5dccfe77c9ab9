package org.frontline.channels.mastodon;

import org.frontline.channels.social.NetworkFailure;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.frontline.channels.social.RateLimit;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.channels.social.SocialHttp;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mastodon's REST API for one connection: the token goes in the Authorization header only, and every
 * answer's {@code X-RateLimit-*} headers are kept. When the budget is spent no request is made before the
 * reset time the server announced.
 */
@Component
class MastodonApi {

    /** The connected account, as {@code verify_credentials} describes it. */
    record Account(String id, String acct, @Nullable String url, RateLimit rateLimit) {}

    /** An OAuth application registered on an instance. */
    record App(String clientId, String clientSecret) {}

    static final String SCOPES = "read write";

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final SocialHttp http;
    private final SocialConnections connections;

    MastodonApi(SocialHttp http, SocialConnections connections) {
        this.http = http;
        this.connections = connections;
    }

    Account verify(String baseUrl, String token) {
        var response = NetworkFailure.unlessUnreachable(() -> http.get(URI.create(baseUrl + "/api/v1/accounts/verify_credentials"), auth(token)));
        var body = json(check(response));
        var id = body.path("id").asString("");
        if (id.isEmpty()) {
            throw new NetworkFailure("The instance answered without an account", response.status(), null);
        }
        return new Account(id, body.path("acct").asString(""), body.path("url").asString(null), rateLimit(response));
    }

    /** Registers Frontline as an OAuth application ({@code POST /api/v1/apps}) that may send users back to {@code redirectUri}. */
    App registerApp(String baseUrl, String redirectUri) {
        var form = "client_name=Frontline&scopes=" + encode(SCOPES) + "&redirect_uris=" + encode(redirectUri);
        var response = NetworkFailure.unlessUnreachable(() -> http.postForm(URI.create(baseUrl + "/api/v1/apps"), Map.of(), form));
        var body = json(checkOAuth(response, "The instance refused to register Frontline"));
        var app = new App(body.path("client_id").asString(""), body.path("client_secret").asString(""));
        if (app.clientId().isEmpty() || app.clientSecret().isEmpty()) {
            throw new NetworkFailure("The instance registered Frontline without a client id and secret", response.status(), null);
        }
        return app;
    }

    /** Trades an authorization code for an access token ({@code POST /oauth/token}), proving the PKCE verifier. */
    String exchangeCode(String baseUrl, App app, String redirectUri, String code, String verifier) {
        var form = "grant_type=authorization_code&code=" + encode(code) + "&client_id=" + encode(app.clientId()) + "&client_secret="
                + encode(app.clientSecret()) + "&redirect_uri=" + encode(redirectUri) + "&code_verifier=" + encode(verifier)
                + "&scope=" + encode(SCOPES);
        var response = NetworkFailure.unlessUnreachable(() -> http.postForm(URI.create(baseUrl + "/oauth/token"), Map.of(), form));
        var token = json(checkOAuth(response, "The instance refused the authorization code")).path("access_token").asString("");
        if (token.isEmpty()) {
            throw new NetworkFailure("The instance answered without an access token", response.status(), null);
        }
        return token;
    }

    /** The instance's description: {@code /api/v2/instance}, or {@code /api/v1/instance} on servers before 4.0. */
    JsonNode instance(SocialConnection connection) {
        try {
            return get(connection, "/api/v2/instance");
        } catch (NetworkFailure e) {
            if (e.status() != 404) {
                throw e;
            }
            return get(connection, "/api/v1/instance");
        }
    }

    JsonNode get(SocialConnection connection, String pathAndQuery) {
        var response = call(connection, token -> http.get(URI.create(connection.baseUrl() + pathAndQuery), auth(token)));
        return json(check(response));
    }

    /** Posts a status; the idempotency key makes Mastodon answer a repeat with the first status instead of a second one. */
    JsonNode postStatus(SocialConnection connection, String text, String inReplyToId, String idempotencyKey) {
        var form = "status=" + encode(text) + "&in_reply_to_id=" + encode(inReplyToId);
        var response = call(connection, token -> {
            var headers = new java.util.HashMap<>(auth(token));
            headers.put("Idempotency-Key", idempotencyKey);
            return http.postForm(URI.create(connection.baseUrl() + "/api/v1/statuses"), headers, form);
        });
        return json(check(response));
    }

    /**
     * Follows a streaming endpoint on {@code streamingBase} (the instance's streaming host), handing each
     * server-sent-events line to {@code line} until it ends.
     */
    void stream(SocialConnection connection, String streamingBase, String pathAndQuery, java.util.function.Predicate<String> line) {
        var token = connections.credentials(connection).orElseThrow(() -> new NetworkFailure("The connection has no access token", 401, null));
        var response = NetworkFailure.unlessUnreachable(() -> http.stream(URI.create(streamingBase + pathAndQuery), auth(token), line));
        check(response);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private SocialHttp.Response call(SocialConnection connection, java.util.function.Function<String, SocialHttp.Response> request) {
        connections.requireBudget(connection);
        var token = connections.credentials(connection).orElseThrow(() -> new NetworkFailure("The connection has no access token", 401, null));
        var response = NetworkFailure.unlessUnreachable(() -> request.apply(token));
        connections.rateLimit(connection, rateLimit(response));
        return response;
    }

    private SocialHttp.Response check(SocialHttp.Response response) {
        if (response.ok()) {
            return response;
        }
        var said = errorOf(response.body());
        var reason = switch (response.status()) {
            case 401 -> "The access token was refused" + said;
            case 403 -> "The token lacks a scope this needs (read, write:statuses)" + said;
            case 404 -> "Not found on the instance" + said;
            case 422 -> "The instance refused the request" + said;
            case 429 -> "Rate limit reached" + said;
            default -> "The instance answered HTTP " + response.status() + said;
        };
        var limit = rateLimit(response);
        throw new NetworkFailure(reason, response.status(), response.status() == 429 ? limit.resetAt() : null);
    }

    /** OAuth endpoints answer {@code error} and {@code error_description} (RFC 6749 §5.2). */
    private static SocialHttp.Response checkOAuth(SocialHttp.Response response, String refused) {
        if (response.ok()) {
            return response;
        }
        var said = errorOf(response.body());
        var reason = response.status() == 429 ? "Rate limit reached" + said : refused + " (HTTP " + response.status() + ")" + said;
        throw new NetworkFailure(reason, response.status(), response.status() == 429 ? rateLimit(response).resetAt() : null);
    }

    static RateLimit rateLimit(SocialHttp.Response response) {
        var limit = RateLimit.count(response.header("X-RateLimit-Limit"));
        var remaining = RateLimit.count(response.header("X-RateLimit-Remaining"));
        var reset = response.header("X-RateLimit-Reset");
        java.time.Instant resetAt = null;
        if (reset != null) {
            try {
                resetAt = OffsetDateTime.parse(reset).toInstant();
            } catch (DateTimeParseException e) {
                resetAt = null;
            }
        }
        return limit == null && remaining == null && resetAt == null ? RateLimit.UNKNOWN : new RateLimit(limit, remaining, resetAt);
    }

    private static String errorOf(String body) {
        try {
            var json = JSON.readTree(body);
            var error = json.path("error").asString("");
            var description = json.path("error_description").asString("");
            error = description.isBlank() ? error : error + " (" + description + ")";
            return NetworkFailure.said(error);
        } catch (JacksonException e) {
            return "";
        }
    }

    private static JsonNode json(SocialHttp.Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new NetworkFailure("The instance answered something that is not JSON", response.status(), null);
        }
    }

    private static Map<String, String> auth(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }
}
