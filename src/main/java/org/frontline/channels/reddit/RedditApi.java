package org.frontline.channels.reddit;

import org.frontline.channels.social.NetworkFailure;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 * Reddit's OAuth API for one connection: a password-grant token for the script app (kept in memory until it
 * expires), Reddit's {@code X-Ratelimit-*} headers kept on the connection, and no request while the
 * per-minute budget is spent.
 */
@Component
class RedditApi {

    /** What a script app needs; sealed as JSON in the connection. */
    record Credentials(String clientId, String clientSecret, String username, String password) {}

    private record Token(String value, Instant expiresAt) {}

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER_AGENT = "server:org.frontline:0.1 (social customer service)";

    private final SocialHttp http;
    private final SocialConnections connections;
    private final Clock clock;
    private final Map<UUID, Token> tokens = new ConcurrentHashMap<>();

    RedditApi(SocialHttp http, SocialConnections connections, Clock clock) {
        this.http = http;
        this.connections = connections;
        this.clock = clock;
    }

    /** Logs in; returns the access token. */
    String login(String apiBase, Credentials credentials) {
        var basic = Base64.getEncoder().encodeToString((credentials.clientId() + ":" + credentials.clientSecret()).getBytes(StandardCharsets.UTF_8));
        var form = "grant_type=password&username=" + encode(credentials.username()) + "&password=" + encode(credentials.password());
        var response = NetworkFailure.unlessUnreachable(() -> http.postForm(URI.create(tokenBase(apiBase) + "/api/v1/access_token"),
                Map.of("Authorization", "Basic " + basic, "User-Agent", USER_AGENT), form));
        var body = check(response);
        var token = body.path("access_token").asString("");
        if (token.isEmpty()) {
            throw new NetworkFailure("Reddit refused the app or account" + NetworkFailure.said(body.path("error").asString("")), 401, null);
        }
        return token;
    }

    JsonNode get(SocialConnection connection, String pathAndQuery) {
        return call(connection, token -> http.get(URI.create(connection.baseUrl() + pathAndQuery), headers(token)));
    }

    JsonNode postForm(SocialConnection connection, String path, String form) {
        return call(connection, token -> http.postForm(URI.create(connection.baseUrl() + path), headers(token), form));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String credentialsJson(Credentials credentials) {
        return JSON.writeValueAsString(credentials);
    }

    Credentials credentials(SocialConnection connection) {
        var sealed = connections.credentials(connection).orElseThrow(() -> new NetworkFailure("The connection has no credentials", 401, null));
        return JSON.readValue(sealed, Credentials.class);
    }

    private JsonNode call(SocialConnection connection, java.util.function.Function<String, SocialHttp.Response> request) {
        connections.requireBudget(connection);
        var token = tokens.compute(connection.id(), (id, known) -> known != null && known.expiresAt().isAfter(clock.instant())
                ? known : new Token(login(connection.baseUrl(), credentials(connection)), clock.instant().plusSeconds(50 * 60)));
        var response = NetworkFailure.unlessUnreachable(() -> request.apply(token.value()));
        connections.rateLimit(connection, rateLimit(response, clock.instant()));
        if (response.status() == 401) {
            tokens.remove(connection.id());
        }
        return check(response);
    }

    /** Reddit sends what is left as a decimal and the reset as seconds from now. */
    static RateLimit rateLimit(SocialHttp.Response response, Instant now) {
        var used = number(response.header("X-Ratelimit-Used"));
        var remaining = number(response.header("X-Ratelimit-Remaining"));
        var reset = number(response.header("X-Ratelimit-Reset"));
        if (remaining == null && reset == null) {
            return RateLimit.UNKNOWN;
        }
        var limit = used == null || remaining == null ? null : (int) Math.round(used + remaining);
        return new RateLimit(limit, remaining == null ? null : (int) Math.floor(remaining), reset == null ? null : now.plusSeconds(reset.longValue()));
    }

    private Map<String, String> headers(String token) {
        return Map.of("Authorization", "Bearer " + token, "User-Agent", USER_AGENT);
    }

    private static String tokenBase(String apiBase) {
        // Tokens come from www.reddit.com, the API answers on oauth.reddit.com; elsewhere (tests) both are one host.
        return apiBase.equals("https://oauth.reddit.com") ? "https://www.reddit.com" : apiBase;
    }

    private JsonNode check(SocialHttp.Response response) {
        final JsonNode body;
        try {
            body = JSON.readTree(response.body().isBlank() ? "{}" : response.body());
        } catch (JacksonException e) {
            throw new NetworkFailure("Reddit answered something that is not JSON (HTTP " + response.status() + ")", response.status(), null);
        }
        if (response.ok()) {
            return body;
        }
        var reason = switch (response.status()) {
            case 401 -> "Reddit refused the app or account";
            case 403 -> "Reddit forbids this (banned, private subreddit or missing scope)";
            case 429 -> "Rate limit reached";
            default -> "Reddit answered HTTP " + response.status();
        } + NetworkFailure.said(body.path("message").asString(body.path("error").asString("")));
        throw new NetworkFailure(reason, response.status(), response.status() == 429 ? rateLimit(response, clock.instant()).resetAt() : null);
    }

    private static @Nullable Double number(@Nullable String value) {
        try {
            return value == null ? null : Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
