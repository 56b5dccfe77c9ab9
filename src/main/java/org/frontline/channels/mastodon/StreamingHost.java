package org.frontline.channels.mastodon;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.frontline.channels.social.NetworkFailure;
import org.frontline.channels.social.SocialConnection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Where an instance serves its streaming API. Large instances run it on a host of its own, announced in
 * {@code /api/v2/instance} ({@code configuration.urls.streaming}) or, before Mastodon 4.0, in
 * {@code /api/v1/instance} ({@code urls.streaming_api}) as a {@code wss://} address; the server-sent events
 * endpoints answer there over https. An instance that names none streams on its own address. The answer is
 * remembered for an hour per connection.
 */
@Component
class StreamingHost {

    static final Duration REMEMBER = Duration.ofHours(1);

    private record Known(String base, Instant until) {}

    private final MastodonApi api;
    private final Clock clock;
    private final Map<UUID, Known> known = new ConcurrentHashMap<>();

    StreamingHost(MastodonApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    /** The streaming base URL (scheme, host, port) for the connection; the instance address when none is announced. */
    String of(SocialConnection connection) {
        var cached = known.get(connection.id());
        if (cached != null && cached.until().isAfter(clock.instant())) {
            return cached.base();
        }
        var base = connection.baseUrl();
        try {
            base = announced(api.instance(connection), connection.baseUrl());
        } catch (NetworkFailure e) {
            if (e.status() == 429 || e.status() == 401) {
                throw e;
            }
            // An instance that does not describe itself streams on its own address.
        }
        known.put(connection.id(), new Known(base, clock.instant().plus(REMEMBER)));
        return base;
    }

    static String announced(JsonNode instance, String fallback) {
        var v2 = instance.path("configuration").path("urls").path("streaming");
        var v1 = instance.path("urls").path("streaming_api");
        var value = v2.isString() ? v2.asString() : v1.isString() ? v1.asString() : "";
        return value.isBlank() ? fallback : httpBase(value, fallback);
    }

    /** {@code wss://streaming.example} becomes {@code https://streaming.example}; anything unusable keeps the instance. */
    private static String httpBase(String announced, String fallback) {
        try {
            var uri = new URI(announced.strip());
            var scheme = switch (uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT)) {
                case "wss", "https" -> "https";
                case "ws", "http" -> "http";
                default -> null;
            };
            if (scheme == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return fallback;
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            return fallback;
        }
    }
}
