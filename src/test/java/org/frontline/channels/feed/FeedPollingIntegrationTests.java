package org.frontline.channels.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.frontline.channels.FakeHttpServer;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.ingest.Channel;
import org.frontline.ingest.PostEdited;
import org.frontline.ingest.Posts;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class FeedPollingIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired FeedSubscriptions subscriptions;
    @Autowired FeedPoller poller;
    @Autowired Posts posts;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private final FakeHttpServer server = new FakeHttpServer();
    private final AtomicReference<String> secondEntry = new AtomicReference<>("The second post");
    private TestWorkspaces workspaces;

    @BeforeEach
    void setUp() {
        workspaces = new TestWorkspaces(context);
        server.serve("/", "text/html; charset=utf-8", """
                <!doctype html><html><head><title>Blog</title>
                <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml"></head><body>hi</body></html>""");
        server.on("/feed.xml", exchange -> {
            var body = feed(secondEntry.get());
            var etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            FakeHttpServer.respond(exchange, 200, "application/rss+xml", body);
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String feed(String second) {
        return """
                <rss version="2.0"><channel><title>Acme watchers</title><link>https://watchers.example/</link><language>en</language>
                <item><guid>post-1</guid><title>Acme is down</title><link>https://watchers.example/1</link>
                  <author>ana@watchers.example (Ana)</author><pubDate>Mon, 23 Nov 2026 10:00:00 GMT</pubDate>
                  <description>&lt;p&gt;Since this morning.&lt;/p&gt;</description></item>
                <item><link>https://watchers.example/2</link><title>Second</title><description>%s</description></item>
                <item><title>Tomorrow</title><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate><description>From the future</description></item>
                </channel></rss>""".formatted(second);
    }

    @Test
    void addsAFeedFromItsSitePageAndStoresItsEntriesAsPosts() {
        var ws = workspaces.create();

        var outcome = subscriptions.add(ws.id(), server.url("/"), Duration.ofMinutes(15));

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.created()).isEqualTo(3);
        var feed = subscriptions.list(ws.id()).getFirst();
        assertThat(feed.url()).isEqualTo(server.url("/feed.xml"));
        assertThat(feed.label()).isEqualTo("Acme watchers");
        assertThat(feed.health().items()).isEqualTo(3);
        assertThat(posts.count(ws.id())).isEqualTo(3);
        var text = jdbc.sql("select text from post where workspace_id = ? and author_handle = 'Ana'").param(ws.id().value()).query(String.class).single();
        assertThat(text).isEqualTo("Acme is down\n\nSince this morning.");
    }

    @Test
    void pollsAgainWithConditionalGetAndStoresNothingTwice() {
        var ws = workspaces.create();
        subscriptions.add(ws.id(), server.url("/feed.xml"), Duration.ofMinutes(15));
        var id = subscriptions.list(ws.id()).getFirst().id();

        var again = poller.pollNow(ws.id(), id);

        assertThat(again.notModified()).isTrue();
        assertThat(posts.count(ws.id())).isEqualTo(3);
    }

    @Test
    void anUpdatedEntryIsAnEditNotANewPost() {
        var ws = workspaces.create();
        subscriptions.add(ws.id(), server.url("/feed.xml"), Duration.ofMinutes(15));
        var id = subscriptions.list(ws.id()).getFirst().id();
        secondEntry.set("The second post, corrected");

        var outcome = poller.pollNow(ws.id(), id);

        assertThat(outcome.created()).isZero();
        assertThat(posts.count(ws.id())).isEqualTo(3);
        var text = jdbc.sql("select text from post where workspace_id = ? and url = 'https://watchers.example/2'").param(ws.id().value())
                .query(String.class).single();
        assertThat(text).isEqualTo("Second\n\nThe second post, corrected");
        assertThat(events.stream(PostEdited.class).filter(e -> e.workspace().equals(ws.id()))).hasSize(1);
    }

    @Test
    void anEntryDatedInTheFutureGetsTheReceiptTimeAndIsFlagged() {
        var ws = workspaces.create();
        var before = Instant.now().minusSeconds(5);

        subscriptions.add(ws.id(), server.url("/feed.xml"), Duration.ofMinutes(15));

        var row = jdbc.sql("select created_at, raw_payload from post where workspace_id = ? and text like 'Tomorrow%'")
                .param(ws.id().value())
                .query((rs, i) -> new Object[] {rs.getObject(1, java.time.OffsetDateTime.class).toInstant(), rs.getString(2)})
                .single();
        assertThat((Instant) row[0]).isAfter(before).isBefore(Instant.parse("2100-01-01T00:00:00Z"));
        assertThat((String) row[1]).contains("\"dateFlag\":\"future\"");
        assertThat(subscriptions.list(ws.id()).getFirst().flaggedEntries()).isEqualTo(2);
    }

    @Test
    void aFeedPointingInsideTheNetworkIsRefusedWithItsReason() {
        var ws = workspaces.create();

        assertThatThrownBy(() -> subscriptions.add(ws.id(), "http://169.254.169.254/latest/", Duration.ofMinutes(15)))
                .isInstanceOf(SourceRefused.class)
                .hasMessageContaining("cloud metadata");
        assertThatThrownBy(() -> subscriptions.add(ws.id(), "file:///etc/passwd", Duration.ofMinutes(15)))
                .isInstanceOf(SourceRefused.class);
    }

    @Test
    void aFeedThatFailsBacksOffAndShowsWhy() {
        var ws = workspaces.create();
        subscriptions.add(ws.id(), server.url("/feed.xml"), Duration.ofMinutes(15));
        var feed = subscriptions.list(ws.id()).getFirst();
        server.close();

        var outcome = poller.pollNow(ws.id(), feed.id());

        var after = subscriptions.list(ws.id()).getFirst();
        assertThat(outcome.ok()).isFalse();
        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.health().failing()).isTrue();
        assertThat(after.health().lastError()).contains("Could not reach");
        assertThat(Duration.between(Instant.now(), after.nextPollAt())).isGreaterThan(Duration.ofMinutes(25));
    }

    @Test
    void exportsAndImportsOpml() {
        var ws = workspaces.create();
        subscriptions.add(ws.id(), server.url("/feed.xml"), Duration.ofMinutes(15));
        var opml = subscriptions.exportOpml(ws.id(), "Mine");
        var other = workspaces.create();

        var imported = subscriptions.importOpml(other.id(), (opml.replace("</body>",
                "<outline text=\"inside\" xmlUrl=\"http://10.0.0.1/feed\"/></body>")).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(opml).contains("xmlUrl=\"" + server.url("/feed.xml") + "\"");
        assertThat(imported.added()).isEqualTo(1);
        assertThat(imported.skipped()).singleElement().asString().contains("private address");
        assertThat(subscriptions.list(other.id())).extracting(FeedStatus::url).containsExactly(server.url("/feed.xml"));
        assertThat(posts.count(other.id())).isZero();
        assertThat(Channel.FEED.wireName()).isEqualTo("feed");
    }
}
