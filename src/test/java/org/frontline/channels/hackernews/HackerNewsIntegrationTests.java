package org.frontline.channels.hackernews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.frontline.channels.FakeHttpServer;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.ingest.Channel;
import org.frontline.ingest.Posts;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hacker News against a local server: the Firebase item API answers with the API's own example items
 * (src/test/resources/corpus/hackernews-api, MIT, see SOURCE.md); the Algolia search answers are built in
 * Algolia's hit format from those same items (the corpus holds no Algolia capture).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HackerNewsIntegrationTests {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/hackernews-api");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired ApplicationContext context;
    @Autowired HackerNewsPoller poller;
    @Autowired HackerNewsConnector connector;
    @Autowired SocialConnections connections;
    @Autowired Posts posts;

    private final FakeHttpServer server = new FakeHttpServer();
    private final List<String> searches = new CopyOnWriteArrayList<>();
    private TestWorkspace ws;
    private SocialConnection connection;

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).createWithQuery("dropbox", "dropbox OR \"arc effect\" NOT spam");
        connection = connections.create(ws.id(), Network.HACKERNEWS, "Hacker News search", server.url(""), server.url(""), null);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void pollsEachTrackedTermFromItsCursorWithoutGapsOrDuplicates() {
        server.on("/api/v1/search_by_date", exchange -> {
            var query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            searches.add(query);
            var hits = query.contains("query=dropbox") ? "[" + hit("story_8863.json") + "]"
                    : query.contains("query=arc effect") ? "[" + hit("story_121003.json") + "]" : "[]";
            FakeHttpServer.respond(exchange, 200, "application/json", "{\"hits\":" + hits + ",\"nbHits\":1,\"page\":0}");
        });

        var first = poller.poll(connection);
        var second = poller.poll(connection);

        assertThat(first).isEqualTo(2);
        assertThat(second).as("the same second is asked again; ingest keeps one post").isZero();
        assertThat(searches).hasSize(4);
        assertThat(searches.get(0)).contains("tags=(story,comment)", "query=dropbox").doesNotContain("numericFilters");
        assertThat(searches.get(2)).contains("query=dropbox", "numericFilters=created_at_i>=1175714200");
        assertThat(searches).noneMatch(s -> s.contains("spam"));
        var story = posts.find(ws.id(), posts.findByExternalId(ws.id(), Channel.HACKERNEWS, "8863").orElseThrow()).orElseThrow();
        assertThat(story.text()).startsWith("My YC app: Dropbox - Throw away your USB drive").endsWith("http://www.getdropbox.com/u/2/screencast.html");
        assertThat(story.url()).isEqualTo("https://news.ycombinator.com/item?id=8863");
        assertThat(story.author().handle()).isEqualTo("dhouston");
    }

    @Test
    void aRateLimitedSearchIsShownOnTheConnection() {
        server.on("/api/v1/search_by_date", exchange -> FakeHttpServer.respond(exchange, 429, "application/json", "{\"message\":\"Too many requests\"}"));

        assertThatThrownBy(() -> connector.test(connection)).isInstanceOf(SourceRefused.class).hasMessageContaining("429");

        var health = connections.find(ws.id(), connection.id()).orElseThrow().health();
        assertThat(health.failing()).isTrue();
        assertThat(health.lastError()).contains("Rate limit");
    }

    @Test
    void readsAThreadAndRemovesTheTextOfAnItemDeletedSince() {
        var deleted = new boolean[1];
        server.on("/v0/item/", exchange -> {
            var id = exchange.getRequestURI().getPath().replaceAll(".*/(\\d+)\\.json", "$1");
            var body = switch (id) {
                case "2921983" -> deleted[0] ? deletedItem() : corpus("comment_2921983.json");
                case "8863" -> corpus("story_8863.json");
                default -> "null"; // Firebase answers null for an item it does not have
            };
            FakeHttpServer.respond(exchange, 200, "application/json", body);
        });

        var created = connector.thread(connection, "2921983");
        deleted[0] = true;
        connector.thread(connection, "2921983");

        assertThat(created).isEqualTo(1);
        var comment = posts.find(ws.id(), posts.findByExternalId(ws.id(), Channel.HACKERNEWS, "2921983").orElseThrow()).orElseThrow();
        assertThat(comment.text()).isEmpty();
        assertThat(comment.inReplyTo()).isEqualTo("2921506");
        assertThatThrownBy(() -> connector.thread(connection, "1 or 1=1")).isInstanceOf(SourceRefused.class);
    }

    /** The Firebase item in Algolia's hit shape: objectID, author, created_at_i, title, url, story_text. */
    private static String hit(String file) {
        var item = JSON.readTree(corpus(file));
        var hit = JSON.createObjectNode()
                .put("objectID", item.path("id").asString())
                .put("author", item.path("by").asString())
                .put("created_at_i", item.path("time").asLong())
                .put("title", item.path("title").asString())
                .put("num_comments", item.path("descendants").asInt());
        if (item.has("url")) hit.put("url", item.path("url").asString());
        if (item.has("text")) hit.put("story_text", item.path("text").asString());
        hit.putArray("_tags").add("story").add("story_" + item.path("id").asString());
        return hit.toString();
    }

    private static String deletedItem() {
        var item = (ObjectNode) JSON.readTree(corpus("comment_2921983.json"));
        item.remove("text");
        item.remove("by");
        item.put("deleted", true);
        return item.toString();
    }

    private static String corpus(String name) {
        try {
            return Files.readString(CORPUS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
