package org.frontline.channels.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.frontline.channels.FakeHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SafeHttpFetcherTests {

    private final FakeHttpServer server = new FakeHttpServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private static ChannelsProperties.Fetch settings(boolean allowLoopback) {
        return new ChannelsProperties.Fetch(5 * 1024 * 1024, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), 5, allowLoopback);
    }

    private static SafeHttpFetcher fetcher(boolean allowLoopback) {
        return new SafeHttpFetcher(settings(allowLoopback), HostResolver.system());
    }

    @Test
    void fetchesItsOwnLoopbackServerOnlyWithTheTestAllowance() throws IOException {
        server.serve("/feed", "application/rss+xml", "<rss/>");

        try (var allowed = fetcher(true); var strict = fetcher(false)) {
            assertThat(new String(allowed.get(URI.create(server.url("/feed")), SafeHttpFetcher.Conditions.NONE).body())).isEqualTo("<rss/>");
            assertThatThrownBy(() -> strict.get(URI.create(server.url("/feed")), SafeHttpFetcher.Conditions.NONE))
                    .isInstanceOfSatisfying(FetchFailed.class, e -> {
                        assertThat(e.kind()).isEqualTo(FetchFailed.Kind.BLOCKED);
                        assertThat(e.reason()).contains("127.0.0.1 is a loopback address");
                    });
        }
        assertThat(server.hits("/feed")).isEqualTo(1);
    }

    @Test
    void fetchesOnlyHttpAndHttps() throws IOException {
        try (var fetcher = fetcher(true)) {
            for (var url : new String[] {"file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1:70/", "jar:file:/x!/y"}) {
                assertThatThrownBy(() -> fetcher.get(URI.create(url), SafeHttpFetcher.Conditions.NONE))
                        .isInstanceOfSatisfying(FetchFailed.class, e -> assertThat(e.kind()).isEqualTo(FetchFailed.Kind.BLOCKED));
            }
        }
    }

    @Test
    void checksEveryRedirectHopAgain() throws IOException {
        server.on("/to-metadata", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
            exchange.sendResponseHeaders(302, -1);
        });
        server.on("/to-private", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://10.0.0.7:8080/admin");
            exchange.sendResponseHeaders(301, -1);
        });

        try (var fetcher = fetcher(true)) {
            assertThatThrownBy(() -> fetcher.get(URI.create(server.url("/to-metadata")), SafeHttpFetcher.Conditions.NONE))
                    .isInstanceOfSatisfying(FetchFailed.class, e -> assertThat(e.reason()).contains("cloud metadata"));
            assertThatThrownBy(() -> fetcher.get(URI.create(server.url("/to-private")), SafeHttpFetcher.Conditions.NONE))
                    .isInstanceOfSatisfying(FetchFailed.class, e -> assertThat(e.reason()).contains("10.0.0.7 is a private address"));
        }
    }

    @Test
    void followsRedirectsBetweenAllowedAddresses() throws IOException {
        server.serve("/feed", "application/atom+xml", "<feed/>");
        server.on("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "/feed");
            exchange.sendResponseHeaders(301, -1);
        });

        try (var fetcher = fetcher(true)) {
            var response = fetcher.get(URI.create(server.url("/moved")), SafeHttpFetcher.Conditions.NONE);

            assertThat(response.finalUri().getPath()).isEqualTo("/feed");
            assertThat(response.contentType()).startsWith("application/atom+xml");
        }
    }

    @Test
    void distrustsADnsAnswerThatChangesBetweenCheckAndConnect() throws IOException {
        server.serve("/feed", "application/rss+xml", "<rss/>");
        var lookups = new AtomicInteger();
        // Rebinding: the first answer passes the check, the next one points inside the network.
        HostResolver rebinding = host -> new InetAddress[] {
            lookups.getAndIncrement() == 0 ? InetAddress.getLoopbackAddress() : InetAddress.getByName("10.0.0.9")
        };
        var port = URI.create(server.url("/")).getPort();

        try (var fetcher = new SafeHttpFetcher(settings(true), rebinding)) {
            assertThatThrownBy(() -> fetcher.get(URI.create("http://feeds.example.test:" + port + "/feed"), SafeHttpFetcher.Conditions.NONE))
                    .isInstanceOfSatisfying(FetchFailed.class, e -> assertThat(e.reason()).contains("10.0.0.9"));
        }
        assertThat(server.hits("/feed")).isZero();
    }

    @Test
    void refusesAHostWhenAnyOfItsAddressesIsBlocked() throws IOException {
        HostResolver mixed = host -> new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("192.168.0.1")};

        try (var fetcher = new SafeHttpFetcher(settings(false), mixed)) {
            assertThatThrownBy(() -> fetcher.checkTarget(URI.create("https://mixed.example.test/feed")))
                    .isInstanceOfSatisfying(FetchFailed.class, e -> assertThat(e.reason()).contains("192.168.0.1 is a private address"));
        }
    }

    @Test
    void capsTheDecompressedSize() throws IOException {
        var zeros = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(zeros)) {
            gzip.write(new byte[6 * 1024 * 1024]);
        }
        var bomb = zeros.toByteArray();
        server.on("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, bomb.length);
            exchange.getResponseBody().write(bomb);
        });

        try (var fetcher = fetcher(true)) {
            assertThat(bomb.length).isLessThan(100_000);
            assertThatThrownBy(() -> fetcher.get(URI.create(server.url("/bomb")), SafeHttpFetcher.Conditions.NONE))
                    .isInstanceOfSatisfying(FetchFailed.class, e -> assertThat(e.kind()).isEqualTo(FetchFailed.Kind.TOO_LARGE));
        }
    }

    @Test
    void stopsAServerThatTricklesPastTheTotalTimeout() throws IOException {
        server.on("/slow", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            var out = exchange.getResponseBody();
            try {
                for (var i = 0; i < 10_000; i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(50); // the fake server drips; the test itself never sleeps
                }
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
        });
        var quick = new ChannelsProperties.Fetch(1024 * 1024, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(800), 5, true);

        try (var fetcher = new SafeHttpFetcher(quick, HostResolver.system())) {
            assertThatThrownBy(() -> fetcher.get(URI.create(server.url("/slow")), SafeHttpFetcher.Conditions.NONE))
                    .isInstanceOfSatisfying(FetchFailed.class, e -> assertThat(e.kind()).isEqualTo(FetchFailed.Kind.TIMEOUT));
        }
    }

    @Test
    void sendsValidatorsBackAndReportsNotModified() throws IOException {
        server.on("/feed", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            FakeHttpServer.respond(exchange, 200, "application/rss+xml", "<rss/>");
        });

        try (var fetcher = fetcher(true)) {
            var first = fetcher.get(URI.create(server.url("/feed")), SafeHttpFetcher.Conditions.NONE);
            var second = fetcher.get(URI.create(server.url("/feed")), new SafeHttpFetcher.Conditions(first.etag(), null));

            assertThat(first.etag()).isEqualTo("\"v1\"");
            assertThat(second.notModified()).isTrue();
        }
    }
}
