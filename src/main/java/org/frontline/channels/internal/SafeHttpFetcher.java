package org.frontline.channels.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * GETs a URL a user typed without letting it reach inside our network. Only http and https; every address
 * the host resolves to is checked, and the connection goes to exactly the addresses that were checked (the
 * check runs inside the client's own name resolution, so a DNS answer that changes between check and
 * connect is never trusted). Redirects are followed by hand, each hop checked again. The decompressed body
 * is capped, and connect, read and total time-outs apply. No proxy, no cookies.
 */
public final class SafeHttpFetcher implements AutoCloseable {

    /** Validators a server gave last time, sent back so an unchanged resource costs a 304. */
    public record Conditions(@Nullable String etag, @Nullable String lastModified) {
        public static final Conditions NONE = new Conditions(null, null);
    }

    /** What came back. {@code body} is empty for 304 Not Modified. */
    public record Response(
            int status,
            URI finalUri,
            byte[] body,
            @Nullable String contentType,
            @Nullable String etag,
            @Nullable String lastModified) {

        public boolean notModified() {
            return status == 304;
        }
    }

    private static final String USER_AGENT = "Frontline/0.1 (+https://github.com/frontline; feed reader)";

    private final AddressPolicy policy;
    private final HostResolver resolver;
    private final ChannelsProperties.Fetch settings;
    private final CheckingResolver checkingResolver = new CheckingResolver();
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines;

    public SafeHttpFetcher(ChannelsProperties.Fetch settings, HostResolver resolver) {
        this.settings = settings;
        this.policy = new AddressPolicy(settings.testOnlyAllowLoopback());
        this.resolver = resolver;
        this.client = client(settings, checkingResolver);
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "fetch-deadlines");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Fetches {@code uri}, following up to the configured number of redirects.
     *
     * @throws FetchFailed with a reason fit to show the user
     */
    public Response get(URI uri, Conditions conditions) {
        var current = uri;
        for (var hop = 0; hop <= settings.maxRedirects(); hop++) {
            checkTarget(current);
            var response = once(current, conditions);
            if (response.location() == null) {
                return response.response();
            }
            current = current.resolve(response.location());
        }
        throw new FetchFailed(FetchFailed.Kind.HTTP_STATUS, "More than " + settings.maxRedirects() + " redirects");
    }

    /**
     * The name resolution this fetcher connects through, for other HTTP clients of the channels that reach
     * addresses a user typed: it answers only addresses the policy allows, and refuses the others with an
     * exception that {@link #blockedReason} recognises.
     */
    public DnsResolver addressChecker() {
        return checkingResolver;
    }

    /** Why a failed exchange was refused by the address policy, if that is what happened. */
    public static Optional<String> blockedReason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Blocked blocked) {
                return Optional.ofNullable(blocked.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Checks scheme and every address of the host, before any byte is sent. */
    public void checkTarget(URI uri) {
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchFailed(FetchFailed.Kind.BLOCKED, "Only http and https URLs are fetched, not '" + scheme + "'");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new FetchFailed(FetchFailed.Kind.BLOCKED, "The URL needs a host name and no user name or password");
        }
        try {
            checked(uri.getHost());
        } catch (Blocked e) {
            throw new FetchFailed(FetchFailed.Kind.BLOCKED, e.getMessage());
        } catch (UnknownHostException e) {
            throw new FetchFailed(FetchFailed.Kind.NETWORK, "The host " + uri.getHost() + " does not resolve", e);
        }
    }

    private InetAddress[] checked(String host) throws UnknownHostException {
        var bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        var addresses = resolver.resolve(bare);
        for (var address : addresses) {
            var refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new Blocked("Blocked: " + host + " resolves to " + refusal.get());
            }
        }
        return addresses;
    }

    private record Hop(Response response, @Nullable String location) {}

    private Hop once(URI uri, Conditions conditions) {
        var request = new HttpGet(uri);
        request.setHeader("User-Agent", USER_AGENT);
        request.setHeader("Accept", "application/atom+xml, application/rss+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
        if (conditions.etag() != null) request.setHeader("If-None-Match", conditions.etag());
        if (conditions.lastModified() != null) request.setHeader("If-Modified-Since", conditions.lastModified());
        var timedOut = new AtomicBoolean();
        var deadline = deadlines.schedule(() -> {
            timedOut.set(true);
            request.cancel();
        }, settings.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try (var response = client.executeOpen(null, request, null)) {
            return read(uri, response);
        } catch (FetchFailed e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw translate(uri, e, timedOut.get());
        } finally {
            deadline.cancel(false);
        }
    }

    private Hop read(URI uri, ClassicHttpResponse response) throws IOException {
        var status = response.getCode();
        var location = header(response, "Location");
        if (status >= 300 && status < 400 && status != 304 && location != null) {
            return new Hop(new Response(status, uri, new byte[0], null, null, null), location);
        }
        if (status != 304 && (status < 200 || status >= 300)) {
            throw new FetchFailed(FetchFailed.Kind.HTTP_STATUS, "The server answered HTTP " + status);
        }
        var entity = response.getEntity();
        var body = entity == null || status == 304 ? new byte[0] : capped(entity.getContent(), entity.getContentLength());
        var type = entity == null ? null : entity.getContentType();
        return new Hop(new Response(status, uri, body, type, header(response, "ETag"), header(response, "Last-Modified")), null);
    }

    private byte[] capped(InputStream in, long declaredLength) throws IOException {
        var max = settings.maxBytes();
        if (declaredLength > max) {
            throw tooLarge();
        }
        var out = new java.io.ByteArrayOutputStream();
        var buffer = new byte[16 * 1024];
        for (var n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + (long) n > max) {
                throw tooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private FetchFailed tooLarge() {
        return new FetchFailed(FetchFailed.Kind.TOO_LARGE, "The response is larger than " + settings.maxBytes() + " bytes once decompressed");
    }

    private static FetchFailed translate(URI uri, Exception e, boolean timedOut) {
        var blocked = blockedReason(e);
        if (blocked.isPresent()) {
            return new FetchFailed(FetchFailed.Kind.BLOCKED, blocked.get());
        }
        if (timedOut) {
            return new FetchFailed(FetchFailed.Kind.TIMEOUT, "The server took longer than the total time allowed", e);
        }
        if (e instanceof InterruptedIOException) {
            return new FetchFailed(FetchFailed.Kind.TIMEOUT, "The server did not answer in time", e);
        }
        if (e instanceof UnknownHostException) {
            return new FetchFailed(FetchFailed.Kind.NETWORK, "The host " + uri.getHost() + " does not resolve", e);
        }
        return new FetchFailed(FetchFailed.Kind.NETWORK, "Could not reach " + uri.getHost(), e);
    }

    private static @Nullable String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    private static CloseableHttpClient client(ChannelsProperties.Fetch settings, DnsResolver dns) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(dns)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.readTimeout()))
                        .build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(settings.readTimeout())).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }

    /** Thrown from inside name resolution when an address is refused; recognised by {@link #blockedReason}. */
    private static final class Blocked extends UnknownHostException {
        Blocked(String message) {
            super(message);
        }
    }

    /** The client's only resolver: what it returns has been checked, and it is what the socket connects to. */
    private final class CheckingResolver implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return checked(host);
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            var result = new ArrayList<InetSocketAddress>();
            Arrays.stream(checked(host)).forEach(a -> result.add(new InetSocketAddress(a, port)));
            return result;
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
