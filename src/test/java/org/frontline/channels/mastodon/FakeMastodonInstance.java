package org.frontline.channels.mastodon;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.frontline.channels.FakeHttpServer;

/**
 * A local Mastodon instance for the OAuth connect flow, answering with BigBone's recorded entities
 * (src/test/resources/corpus/mastodon-bigbone, MIT, see SOURCE.md): {@code POST /api/v1/apps} answers
 * application.json, {@code /oauth/authorize} shows a consent page whose button sends the browser back with a
 * code, {@code POST /oauth/token} checks the code, client, redirect URI and PKCE verifier like Doorkeeper and
 * answers access_token.json, and {@code verify_credentials} accepts only that token.
 */
final class FakeMastodonInstance implements AutoCloseable {

    static final Path CORPUS = Path.of("src/test/resources/corpus/mastodon-bigbone");
    static final String TOKEN = "test"; // access_token.json

    final FakeHttpServer server = new FakeHttpServer();
    final List<Map<String, String>> registrations = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();

    FakeMastodonInstance() {
        server.on("/api/v1/apps", exchange -> {
            var form = form(body(exchange));
            registrations.add(form);
            json(exchange, 200, corpus("application.json"));
        });
        server.on("/oauth/authorize", exchange -> {
            var query = form(exchange.getRequestURI().getRawQuery());
            var code = "code-" + codes.size();
            codes.put(code, query);
            var back = query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state");
            var denied = query.get("redirect_uri") + "?error=access_denied&error_description=The+resource+owner+denied+the+request.&state="
                    + query.get("state");
            FakeHttpServer.respond(exchange, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><body><h1>Authorize Frontline?</h1>"
                    + "<p>Scopes: <span id=scopes>" + escape(query.get("scope")) + "</span></p>"
                    + "<a id=authorize href=\"" + escape(back) + "\">Authorize</a> <a id=deny href=\"" + escape(denied) + "\">Deny</a>"
                    + "</body></html>");
        });
        server.on("/oauth/token", exchange -> {
            var form = form(body(exchange));
            tokenRequests.add(form);
            var authorized = codes.remove(form.getOrDefault("code", ""));
            var ok = authorized != null && "client id".equals(form.get("client_id")) && "client secret".equals(form.get("client_secret"))
                    && authorized.get("redirect_uri").equals(form.get("redirect_uri"))
                    && MastodonAuthorization.challenge(form.getOrDefault("code_verifier", "")).equals(authorized.get("code_challenge"));
            json(exchange, ok ? 200 : 400, ok ? corpus("access_token.json") : corpus("error.json"));
        });
        server.on("/api/v1/accounts/verify_credentials", exchange -> {
            var ok = ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            json(exchange, ok ? 200 : 401, corpus(ok ? "accounts_verify_credentials_success.json" : "error_401_unauthorized.json"));
        });
    }

    String url() {
        return server.url("");
    }

    static Map<String, String> form(String raw) {
        var result = new HashMap<String, String>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (var pair : raw.split("&")) {
            var parts = pair.split("=", 2);
            result.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return result;
    }

    static String corpus(String name) {
        try {
            return Files.readString(CORPUS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        FakeHttpServer.respond(exchange, status, "application/json; charset=utf-8", body);
    }

    private static String escape(String value) {
        return value == null ? "" : value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    @Override
    public void close() {
        server.close();
    }
}
