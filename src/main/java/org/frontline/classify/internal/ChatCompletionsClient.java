package org.frontline.classify.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.frontline.shared.OutboundAddresses;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs one request to an OpenAI-compatible {@code /v1/chat/completions} endpoint and returns the first
 * choice's message content. Every address the host resolves to passes the channels' outbound address policy
 * inside the client's own name resolution; the whole exchange is cancelled at the workspace's time-out; the
 * answer is capped. No redirects, no retries, no cookies.
 */
@Component
class ChatCompletionsClient implements DisposableBean {

    private static final int MAX_ANSWER_BYTES = 256 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Why no usable answer came back; {@code message} is fit to put in a signal's reason. */
    static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message);
        }
    }

    private final OutboundAddresses addresses;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "classifier-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    ChatCompletionsClient(OutboundAddresses addresses) {
        this.addresses = addresses;
        this.client = client(new CheckingResolver());
    }

    /**
     * @return the content of {@code choices[0].message.content}
     * @throws Failed on time-out, refused address, network error, HTTP error or a body without that content
     */
    String complete(URI baseUrl, String model, @Nullable String apiKey, String system, String user, Duration timeout) {
        var request = new HttpPost(endpoint(baseUrl));
        request.setHeader("Accept", "application/json");
        if (apiKey != null) {
            request.setHeader("Authorization", "Bearer " + apiKey);
        }
        var body = JSON.createObjectNode().put("model", model).put("temperature", 0);
        var messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        messages.addObject().put("role", "user").put("content", user);
        request.setEntity(new StringEntity(JSON.writeValueAsString(body), ContentType.APPLICATION_JSON));
        request.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(timeout)).build());
        var timedOut = new AtomicBoolean();
        var deadline = deadlines.schedule(() -> {
            timedOut.set(true);
            request.cancel();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (var response = client.executeOpen(null, request, null)) {
            var status = response.getCode();
            if (status < 200 || status >= 300) {
                throw new Failed("the server answered HTTP " + status);
            }
            var entity = response.getEntity();
            return content(entity == null ? new byte[0] : capped(entity.getContent()));
        } catch (Failed e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw translate(baseUrl, e, timedOut.get(), timeout);
        } finally {
            deadline.cancel(false);
        }
    }

    static URI endpoint(URI baseUrl) {
        var base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/chat/completions");
    }

    private static String content(byte[] body) {
        try {
            var content = JSON.readTree(body).path("choices").path(0).path("message").path("content");
            if (!content.isString()) {
                throw new Failed("the answer has no choices[0].message.content");
            }
            return content.asString();
        } catch (JacksonException e) {
            throw new Failed("the answer is not JSON");
        }
    }

    private static byte[] capped(InputStream in) throws IOException {
        var bytes = in.readNBytes(MAX_ANSWER_BYTES + 1);
        if (bytes.length > MAX_ANSWER_BYTES) {
            throw new Failed("the answer is larger than " + MAX_ANSWER_BYTES + " bytes");
        }
        return bytes;
    }

    private static Failed translate(URI uri, Exception e, boolean timedOut, Duration timeout) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutboundAddresses.Refused refused) {
                return new Failed("refused address (" + refused.getMessage() + ")");
            }
        }
        if (timedOut || e instanceof InterruptedIOException) {
            return new Failed("time-out: no answer within " + seconds(timeout));
        }
        if (e instanceof UnknownHostException) {
            return new Failed("the host " + uri.getHost() + " does not resolve");
        }
        return new Failed("could not reach " + uri.getHost());
    }

    static String seconds(Duration timeout) {
        var millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }

    private static CloseableHttpClient client(DnsResolver dns) {
        var max = Timeout.ofSeconds(30);
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(dns)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(max).setSocketTimeout(max).build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    @Override
    public void destroy() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }

    /** The client's only resolver: what it returns passed the policy, and it is what the socket connects to. */
    private final class CheckingResolver implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return addresses.resolve(host);
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return Arrays.stream(addresses.resolve(host)).map(a -> new InetSocketAddress(a, port)).toList();
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
