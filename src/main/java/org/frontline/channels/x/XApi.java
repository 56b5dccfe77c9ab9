package org.frontline.channels.x;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.frontline.channels.social.NetworkFailure;
import org.frontline.channels.social.RateLimit;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.channels.social.SocialHttp;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * X API v2 for one connection. The app's bearer token serves the filtered stream and its rules, the user's token the
 * mentions timeline and posting; both go in the Authorization header only. Every answer's {@code x-rate-limit-*}
 * headers are kept, and while the budget is spent no request is made before {@code x-rate-limit-reset}.
 */
@Component
class XApi {

    /** Which of the connection's tokens a request uses. */
    enum Token {
        APP,
        USER
    }

    /** The account the user token belongs to. */
    record Me(String id, String username) {}

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final SocialHttp http;
    private final SocialConnections connections;

    XApi(SocialHttp http, SocialConnections connections) {
        this.http = http;
        this.connections = connections;
    }

    /** Checks a user token and names its account, before anything is stored. */
    Me me(String baseUrl, String userToken) {
        var response = NetworkFailure.unlessUnreachable(() -> http.get(URI.create(baseUrl + "/2/users/me"), auth(userToken)));
        var data = json(check(response)).path("data");
        var id = data.path("id").asString("");
        if (!id.matches("[0-9]{1,25}")) {
            throw new NetworkFailure("X answered without an account", response.status(), null);
        }
        return new Me(id, data.path("username").asString(""));
    }

    /** Checks a bearer token by reading the stream's rules, before anything is stored. */
    void checkApp(String baseUrl, String bearerToken) {
        check(NetworkFailure.unlessUnreachable(() -> http.get(URI.create(baseUrl + "/2/tweets/search/stream/rules"), auth(bearerToken))));
    }

    JsonNode get(SocialConnection connection, Token token, String pathAndQuery) {
        return json(check(call(connection, token, t -> http.get(uri(connection, pathAndQuery), auth(t)))));
    }

    JsonNode postJson(SocialConnection connection, Token token, String path, String body) {
        return json(check(call(connection, token, t -> http.postJson(uri(connection, path), auth(t), body))));
    }

    /** Follows the filtered stream, handing each line (keep-alive lines are empty) to {@code line} until it ends. */
    void stream(SocialConnection connection, String pathAndQuery, Predicate<String> line) {
        var token = token(connection, Token.APP);
        var response = NetworkFailure.unlessUnreachable(() -> http.stream(uri(connection, pathAndQuery), auth(token), line));
        connections.rateLimit(connection, rateLimit(response));
        check(response);
    }

    XCredentials credentials(SocialConnection connection) {
        return connections.credentials(connection).map(XCredentials::fromJson)
                .orElseThrow(() -> new NetworkFailure("The connection has no tokens", 401, null));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private SocialHttp.Response call(SocialConnection connection, Token token, Function<String, SocialHttp.Response> request) {
        connections.requireBudget(connection);
        var value = token(connection, token);
        var response = NetworkFailure.unlessUnreachable(() -> request.apply(value));
        connections.rateLimit(connection, rateLimit(response));
        return response;
    }

    private String token(SocialConnection connection, Token token) {
        var credentials = credentials(connection);
        var value = token == Token.APP ? credentials.bearerToken() : credentials.userToken();
        if (value.isBlank()) {
            throw new NetworkFailure(token == Token.APP ? "The connection has no app bearer token" : "The connection has no user token", 401, null);
        }
        return value;
    }

    private static URI uri(SocialConnection connection, String pathAndQuery) {
        return URI.create(connection.baseUrl() + pathAndQuery);
    }

    private static SocialHttp.Response check(SocialHttp.Response response) {
        if (response.ok()) {
            return response;
        }
        var said = problemOf(response.body());
        var reason = switch (response.status()) {
            case 401 -> "X refused the token" + said;
            case 403 -> "X does not allow this for the token or access level" + said;
            case 404 -> "Not found on X" + said;
            case 429 -> "X rate limit reached" + said;
            default -> "X answered HTTP " + response.status() + said;
        };
        throw new NetworkFailure(reason, response.status(), response.status() == 429 ? rateLimit(response).resetAt() : null);
    }

    /** {@code x-rate-limit-reset} is in epoch seconds. */
    static RateLimit rateLimit(SocialHttp.Response response) {
        var limit = RateLimit.count(response.header("x-rate-limit-limit"));
        var remaining = RateLimit.count(response.header("x-rate-limit-remaining"));
        var reset = RateLimit.count(response.header("x-rate-limit-reset"));
        var resetAt = reset == null ? null : Instant.ofEpochSecond(reset);
        return limit == null && remaining == null && resetAt == null ? RateLimit.UNKNOWN : new RateLimit(limit, remaining, resetAt);
    }

    /** X errors are problem details ({@code title}, {@code detail}) or an {@code errors} list. */
    private static String problemOf(String body) {
        try {
            var node = JSON.readTree(body);
            var detail = node.path("detail").asString(node.path("errors").path(0).path("message").asString(node.path("title").asString("")));
            return NetworkFailure.said(detail);
        } catch (JacksonException e) {
            return "";
        }
    }

    static JsonNode json(SocialHttp.Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new NetworkFailure("X answered something that is not JSON", response.status(), null);
        }
    }

    private static Map<String, String> auth(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }
}
