package org.frontline.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseOverviews;
import org.frontline.channels.FakeHttpServer;
import org.frontline.channels.mastodon.MastodonConnector;
import org.frontline.ideas.internal.MentionLinks;
import org.frontline.ideas.internal.Moderation;
import org.frontline.ideas.internal.PortalRefused;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.frontline.ingest.PostId;
import org.frontline.ingest.PostIngestion;
import org.frontline.replies.DeliveryState;
import org.frontline.replies.Replies;
import org.frontline.replies.ReplyApprovals;
import org.frontline.testing.Api;
import org.frontline.workspaces.Role;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Closing the loop through the replies module: a Mastodon mention is answered on its thread by a local server
 * speaking Mastodon's REST wire format (BigBone's recorded entities, src/test/resources/corpus/mastodon-bigbone,
 * MIT, see SOURCE.md there); a feed mention, which Frontline cannot post to, waits to be answered by hand.
 */
class ClosingTheLoopIntegrationTests extends PortalTestSupport {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/mastodon-bigbone");
    private static final String TOKEN = "token-" + UUID.randomUUID();

    @Autowired MastodonConnector mastodon;
    @Autowired PostIngestion ingestion;
    @Autowired CaseOverviews cases;
    @Autowired Ideas ideas;
    @Autowired Moderation moderation;
    @Autowired MentionLinks links;
    @Autowired Replies replies;
    @Autowired Clock clock;
    @Autowired ReplyApprovals approvals;

    private final FakeHttpServer instance = new FakeHttpServer();
    private final List<String> posted = new CopyOnWriteArrayList<>();
    private TestWorkspace ws;

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).createWithQuery("dark mode", "\"dark mode\"");
        portals.open(ws.id(), ws.slug(), "Portal " + ws.slug(), "Tell us", "#0e7490");
        instance.on("/api/v1/accounts/verify_credentials", exchange ->
                FakeHttpServer.respond(exchange, 200, "application/json", corpus("accounts_verify_credentials_success.json")));
        instance.on("/api/v1/statuses", exchange -> {
            posted.add(URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            FakeHttpServer.respond(exchange, 200, "application/json", corpus("status.json"));
        });
        mastodon.connect(ws.id(), instance.url(""), TOKEN);
    }

    @AfterEach
    void tearDown() {
        instance.close();
    }

    @Test
    void aDoneTopicAnswersEachLinkedAuthorOnTheirOwnThreadOnce() {
        var onMastodon = mention(Channel.MASTODON, "127.0.0.1/777", "@zsc", "please add dark mode to the app");
        var onABlog = mention(Channel.FEED, "https://blog.example/dark", "Blogger", "Why no dark mode yet?");
        var mastodonCase = caseOf(onMastodon);
        var topic = ideas.createTopicFromMention(ws.id(), onMastodon, mastodonCase, TopicKind.IDEA, "Dark mode", "agent@acme.test");
        ideas.linkMention(ws.id(), topic, onABlog, caseOf(onABlog), "agent@acme.test");
        moderation.changeStatus(ws.id(), topic, TopicStatus.DONE, "Shipped today", "agent@acme.test");

        var closed = links.closeLoop(ws.id(), topic, "Dark mode is live: Settings, Appearance.", "agent@acme.test", Role.AGENT);

        assertThat(closed.queued()).isEqualTo(1);
        assertThat(closed.byHand()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> statusOf(topic, Channel.MASTODON).equals("sent"));
        assertThat(posted).singleElement().satisfies(body -> assertThat(body)
                .contains("in_reply_to_id=777")
                .contains("status=@zsc Dark mode is live: Settings, Appearance."));
        assertThat(replies.ofCase(ws.id(), mastodonCase)).singleElement().satisfies(reply -> {
            assertThat(reply.state()).isEqualTo(DeliveryState.SENT);
            assertThat(reply.text()).isEqualTo("Dark mode is live: Settings, Appearance.");
        });
        assertThat(statusOf(topic, Channel.FEED)).isEqualTo(MentionLinks.ANSWER_BY_HAND);
        assertThat(replies.ofCase(ws.id(), caseOf(onABlog))).as("nothing pretends the blogger was answered").isEmpty();

        var again = links.closeLoop(ws.id(), topic, "Dark mode is live!", "agent@acme.test", Role.AGENT);

        assertThat(again.total()).isZero();
        assertThat(posted).as("the customer is answered once").hasSize(1);
    }

    @Test
    void whereRepliesNeedApprovalOnlyAnApproverClosesTheLoop() {
        var onMastodon = mention(Channel.MASTODON, "127.0.0.1/779", "@zsc", "dark mode, pretty please");
        var topic = ideas.createTopicFromMention(ws.id(), onMastodon, caseOf(onMastodon), TopicKind.IDEA, "Dark mode", "agent@acme.test");
        approvals.require(ws.id(), true, "admin@acme.test");

        assertThatThrownBy(() -> links.closeLoop(ws.id(), topic, "Done!", "agent@acme.test", Role.AGENT))
                .isInstanceOf(PortalRefused.class)
                .hasMessageContaining("an approver closes the loop");
        assertThat(links.loopReplies(ws.id(), topic)).as("nothing claimed by the refused attempt").isEmpty();

        var closed = links.closeLoop(ws.id(), topic, "Done!", "approver@acme.test", Role.APPROVER);

        assertThat(closed.queued()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> statusOf(topic, Channel.MASTODON).equals("sent"));
    }

    @Test
    void theApiClosesTheLoopAndReportsEachAnswer() {
        var onMastodon = mention(Channel.MASTODON, "127.0.0.1/778", "@zsc", "dark mode would be lovely");
        var topic = ideas.createTopicFromMention(ws.id(), onMastodon, caseOf(onMastodon), TopicKind.IDEA, "Dark mode", "agent@acme.test");
        var number = new Api(port).get("/api/v1/workspaces/" + ws.slug() + "/ideas/topics?sort=new", ws.token()).json()
                .get("items").get(0).get("number").asInt();
        var base = "/api/v1/workspaces/" + ws.slug() + "/ideas/topics/" + number;

        var empty = new Api(port).post(base + "/close-loop", ws.token(), "{\"body\":\"  \"}");
        var closed = new Api(port).post(base + "/close-loop", ws.token(), "{\"body\":\"It is done.\"}");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("detail").asString()).isNotBlank();
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("queued").asInt()).isEqualTo(1);
        assertThat(closed.json().get("answers").get(0).get("channel").asString()).isEqualTo("mastodon");
        await().atMost(Duration.ofSeconds(20)).until(() -> statusOf(topic, Channel.MASTODON).equals("sent"));
    }

    private PostId mention(Channel channel, String externalId, String handle, String text) {
        var post = new NewPost(channel, externalId, null, new PostAuthor(handle, null, null, 40L), text, "en", clock.instant(), null, null);
        return ingestion.ingest(ws.id(), List.of(post)).getFirst().id();
    }

    private CaseId caseOf(PostId post) {
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.caseOf(ws.id(), post).isPresent());
        return cases.caseOf(ws.id(), post).orElseThrow();
    }

    private String statusOf(TopicId topic, Channel channel) {
        return links.loopReplies(ws.id(), topic).stream()
                .filter(r -> r.channel().equals(channel.wireName()))
                .findFirst()
                .map(MentionLinks.LoopReply::status)
                .orElse("missing");
    }

    private static String corpus(String name) {
        try {
            return Files.readString(CORPUS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
