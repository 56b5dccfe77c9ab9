package org.frontline.channels.social;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.frontline.channels.internal.AddressPolicy;
import org.frontline.channels.internal.ChannelsProperties;
import org.frontline.channels.internal.SafeHttpFetcher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Talks to the networks' APIs, including instances a user names (a Mastodon server, a PDS). It connects
 * through the {@link SafeHttpFetcher}'s own name resolution, so every address a host resolves to passes the
 * one {@link AddressPolicy} of the channels and the socket goes exactly where the check allowed. No
 * redirects, no cookies; bodies are capped.
 */
@Component
public class SocialHttp implements AutoCloseable {

    /** An API answer. Header names are case-insensitive. */
    public record Response(int status, Map<String, String> headers, String body) {
        public @Nullable String header(String name) {
            return headers.get(name);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * The exchange did not complete. {@code beforeSending}: nothing reached the server (refused address, no
     * route), so a retry cannot duplicate anything.
     */
    public static final class Unreachable extends RuntimeException {
        private final boolean beforeSending;

        Unreachable(String reason, boolean beforeSending, @Nullable Throwable cause) {
            super(reason, cause);
            this.beforeSending = beforeSending;
        }

        public boolean beforeSending() {
            return beforeSending;
        }
    }

    private static final String USER_AGENT = "Frontline/0.1 (social customer service)";

    private final long maxBytes;
    private final CloseableHttpClient client;

    SocialHttp(ChannelsProperties properties, SafeHttpFetcher fetcher) {
        var fetch = properties.fetch();
        this.maxBytes = fetch.maxBytes();
        this.client = client(fetch.connectTimeout(), fetch.readTimeout(), fetcher.addressChecker());
    }

    public Response get(URI uri, Map<String, String> headers) {
        return exchange("GET", uri, headers, null, null);
    }

    public Response postJson(URI uri, Map<String, String> headers, String json) {
        return exchange("POST", uri, headers, json, ContentType.APPLICATION_JSON);
    }

    public Response postForm(URI uri, Map<String, String> headers, String form) {
        return exchange("POST", uri, headers, form, ContentType.APPLICATION_FORM_URLENCODED);
    }

    /**
     * Opens a long-lived response (server-sent events) and hands each line to {@code line} until the server
     * closes it or {@code line} answers false. The answer's status and headers come back once it ends.
     */
    public Response stream(URI uri, Map<String, String> headers, Predicate<String> line) {
        checkScheme(uri);
        var request = request("GET", uri, headers, null, null);
        request.setHeader("Accept", "text/event-stream");
        try (var response = client.executeOpen(null, request, null)) {
            if (response.getCode() == 200 && response.getEntity() != null) {
                try (var reader = new BufferedReader(new InputStreamReader(response.getEntity().getContent(), StandardCharsets.UTF_8))) {
                    for (var text = reader.readLine(); text != null && line.test(text); text = reader.readLine()) {
                        // read until the server ends the stream or the listener stops
                    }
                }
                return new Response(200, headers(response), "");
            }
            return read(response);
        } catch (IOException e) {
            throw unreachable(uri, e);
        }
    }

    private Response exchange(String method, URI uri, Map<String, String> headers, @Nullable String body, @Nullable ContentType type) {
        checkScheme(uri);
        var request = request(method, uri, headers, body, type);
        try (var response = client.executeOpen(null, request, null)) {
            return read(response);
        } catch (IOException e) {
            throw unreachable(uri, e);
        }
    }

    private static HttpUriRequestBase request(
            String method, URI uri, Map<String, String> headers, @Nullable String body, @Nullable ContentType type) {
        var request = new HttpUriRequestBase(method, uri);
        request.setHeader("User-Agent", USER_AGENT);
        request.setHeader("Accept", "application/json");
        headers.forEach(request::setHeader);
        if (body != null) {
            request.setEntity(new ByteArrayEntity(body.getBytes(StandardCharsets.UTF_8), type));
        }
        return request;
    }

    private Response read(ClassicHttpResponse response) throws IOException {
        var entity = response.getEntity();
        var body = entity == null ? "" : new String(capped(entity.getContent()), StandardCharsets.UTF_8);
        return new Response(response.getCode(), headers(response), body);
    }

    private static Map<String, String> headers(ClassicHttpResponse response) {
        var headers = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        for (var header : response.getHeaders()) {
            headers.putIfAbsent(header.getName(), header.getValue());
        }
        return headers;
    }

    private byte[] capped(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        var buffer = new byte[16 * 1024];
        for (var n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + (long) n > maxBytes) {
                throw new IOException("The answer is larger than " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void checkScheme(URI uri) {
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new Unreachable("Only http and https addresses without user info are reached", true, null);
        }
    }

    private static Unreachable unreachable(URI uri, IOException e) {
        var blocked = SafeHttpFetcher.blockedReason(e);
        if (blocked.isPresent()) {
            return new Unreachable(blocked.get(), true, null);
        }
        var before = e instanceof UnknownHostException || e instanceof ConnectException;
        return new Unreachable(before ? "Could not reach " + uri.getHost() : "The exchange with " + uri.getHost() + " broke off", before, e);
    }

    private static CloseableHttpClient client(Duration connect, Duration read, DnsResolver addressChecker) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(addressChecker)
                .setMaxConnTotal(50)
                .setMaxConnPerRoute(10)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connect))
                        .setSocketTimeout(Timeout.ofMinutes(2))
                        .build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(read.multipliedBy(3))).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
