package org.frontline.routing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a message to a Slack-compatible incoming webhook ({@code {"text": ...}}), used by SLA escalations and
 * by the metrics module's spike alerts. Only public http(s) addresses are called, so a configured URL cannot
 * reach into our own network; tests allow loopback explicitly.
 */
@Component
public class ChatWebhook {

    private static final Logger log = LoggerFactory.getLogger(ChatWebhook.class);

    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final boolean allowPrivateTargets;

    ChatWebhook(JsonMapper json, @Value("${frontline.routing.escalation.allow-private-targets:false}") boolean allowPrivateTargets) {
        this.json = json;
        this.allowPrivateTargets = allowPrivateTargets;
    }

    /**
     * Sends {@code text}; a refused target is logged and skipped (retrying cannot help).
     *
     * @throws IllegalStateException when the hook is unreachable or answers an error, so the caller's event is retried
     */
    public void post(String url, String text) {
        var uri = URI.create(url);
        if (!allowedTarget(uri)) {
            log.warn("Webhook refused: only public http(s) addresses are called");
            return;
        }
        var request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("text", text))))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Webhook answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Webhook unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling a webhook", e);
        }
    }

    /** http(s) only, and never an address inside our own network unless explicitly allowed (tests). */
    private boolean allowedTarget(URI uri) {
        var scheme = uri.getScheme();
        if (uri.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            return false;
        }
        if (allowPrivateTargets) {
            return true;
        }
        try {
            for (var address : InetAddress.getAllByName(uri.getHost())) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
