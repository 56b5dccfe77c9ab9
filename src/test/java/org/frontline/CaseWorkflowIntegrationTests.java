package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.frontline.routing.Priority;
import org.frontline.routing.SlaPolicies;
import org.frontline.testing.Api;
import org.frontline.testing.PostBuilder;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The case workflow, answers and threading, through the API as an integration would drive them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseWorkflowIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    SlaPolicies policies;

    Api api;
    TestWorkspace ws;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        for (var priority : Priority.values()) {
            policies.set(ws.id(), null, priority, Duration.ofMinutes(20), Duration.ofMinutes(30), Duration.ofHours(8), false);
        }
    }

    @Test
    void movesThroughTheWorkflowAndRefusesToReopenAClosedCase() {
        var id = caseOf(ingest(aPost().saying("acme cam question")));

        for (var status : List.of("pending", "open", "resolved", "open", "closed")) {
            assertThat(setStatus(id, status).status()).as("to %s", status).isEqualTo(204);
        }
        var refused = setStatus(id, "open");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/invalid-transition");
        assertThat(activity(id)).extracting(a -> a.get("text").asString())
                .containsExactly("new \u2192 pending", "pending \u2192 open", "open \u2192 resolved", "resolved \u2192 open", "open \u2192 closed");
    }

    @Test
    void pendingOnTheCustomerPausesTheSlaAndResumingRestartsIt() {
        var id = caseOf(ingest(aPost().saying("acme hub offline")));

        setStatus(id, "pending");
        assertThat(onlyCase().get("sla").get("state").asString()).isEqualTo("paused");
        setStatus(id, "open");
        assertThat(onlyCase().get("sla").get("state").asString()).isEqualTo("on_track");
    }

    @Test
    void firstAnswerOpensTheCaseMeetsTheFirstResponseTargetAndLandsOnTheTimeline() {
        var id = caseOf(ingest(aPost().saying("acme refund please")));

        var reply = api.post(path(id) + "/replies", ws.token(), Api.json(Map.of("text", "Refund sent, sorry!")));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("state").asString()).isEqualTo("answered_elsewhere");
        var item = onlyCase();
        assertThat(item.get("status").asString()).isEqualTo("open");
        assertThat(item.get("sla").get("target").asString()).as("first response met; resolution still runs").isEqualTo("resolution");
        assertThat(activity(id)).extracting(a -> a.get("kind").asString()).containsExactly("reply", "status");
    }

    @Test
    void notesKeepTheirTextAsWritten() {
        var id = caseOf(ingest(aPost().saying("acme something")));

        api.post(path(id) + "/notes", ws.token(), Api.json(Map.of("text", "@ben can you check <b>this</b>?")));

        assertThat(activity(id).getFirst().get("text").asString()).isEqualTo("@ben can you check <b>this</b>?");
    }

    @Test
    void replyInTheThreadJoinsTheCaseAndReopensItWhenResolved() {
        var first = aPost().on("bluesky").saying("acme my cam is offline").from("first-author.bsky.social");
        var id = caseOf(ingest(first));
        setStatus(id, "resolved");

        ingest(aPost().on("bluesky").saying("acme still offline").from("someone-else.bsky.social").inReplyTo(first.externalId()));

        await().atMost(Duration.ofSeconds(20)).until(() -> onlyCase().get("status").asString().equals("open"));
        assertThat(casesPage().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void customersReplyInTheThreadJoinsAndReopensTheCaseEvenWhenItMatchesNoQuery() {
        var first = aPost().on("bluesky").saying("acme my cam is offline").from("dana.bsky.social");
        var id = caseOf(ingest(first));
        setStatus(id, "resolved");

        var reply = ingest(aPost().on("bluesky").saying("still nothing, tried everything").from("dana.bsky.social")
                .inReplyTo(first.externalId()));
        await().atMost(Duration.ofSeconds(20)).until(() -> mentionsOf(id) == 2);
        ingest(aPost().on("bluesky").saying("hello?").from("dana.bsky.social").inReplyTo(reply.externalId()));

        await().atMost(Duration.ofSeconds(20)).until(() -> mentionsOf(id) == 3);
        var item = onlyCase();
        assertThat(item.get("status").asString()).as("a customer reply reopens a resolved case").isEqualTo("open");
    }

    @Test
    void unmatchedRepliesOfBystandersAndUnthreadedPostsOpenNothing() {
        var first = aPost().on("bluesky").saying("acme my hub died").from("erin.bsky.social");
        var id = caseOf(ingest(first));

        var bystander = ingest(aPost().on("bluesky").saying("lol same").from("troll.bsky.social").inReplyTo(first.externalId()));
        ingest(aPost().on("bluesky").saying("unrelated words").from("erin.bsky.social"));
        ingest(aPost().on("bluesky").saying("fixed it myself").from("erin.bsky.social").inReplyTo(first.externalId()));

        await().atMost(Duration.ofSeconds(20)).until(() -> mentionsOf(id) == 2);
        assertThat(casesPage().get("total").asLong()).isEqualTo(1);
        assertThat(context.getBean(org.frontline.ingest.Posts.class)
                .findByExternalId(ws.id(), org.frontline.ingest.Channel.BLUESKY, bystander.externalId())).as("stored, just not a mention").isPresent();
        assertThat(mentionsOf(id)).as("the bystander's reply and the unthreaded post stay out").isEqualTo(2);
    }

    @Test
    void followUpOfTheSameAuthorJoinsTheirOpenCase() {
        var id = caseOf(ingest(aPost().on("x").saying("acme where is my order").from("impatient")));

        ingest(aPost().on("x").saying("acme hello?? anyone?").from("impatient"));
        ingest(aPost().on("x").saying("acme a different person").from("someone-new"));

        await().atMost(Duration.ofSeconds(20)).until(() -> casesPage().get("total").asLong() == 2);
        assertThat(casesPage().get("items").valueStream().map(c -> c.get("id").asString())).contains(id);
    }

    @Test
    void writingAgainAfterTheCaseClosedOpensANewCase() {
        var id = caseOf(ingest(aPost().on("x").saying("acme issue one").from("returning")));
        setStatus(id, "closed");

        ingest(aPost().on("x").saying("acme issue two").from("returning"));

        await().atMost(Duration.ofSeconds(20)).until(() -> casesPage().get("total").asLong() == 2);
    }

    @Test
    void queuedCaseIsPickedUpWhenAnAgentFreesUp() {
        var support = context.getBean(org.frontline.routing.Teams.class).defaultTeam(ws.id()).orElseThrow().id();
        var agents = context.getBean(org.frontline.routing.Agents.class);
        var ana = agents.create(ws.id(), "Ana", "ana@example.com", java.util.Set.of("en"), java.util.Set.of(),
                org.frontline.routing.BusinessHours.always(java.time.ZoneOffset.UTC), 1);
        agents.addToTeam(ws.id(), support, ana);
        var first = caseOf(ingest(aPost().saying("acme first customer")));
        var second = caseOf(ingest(aPost().saying("acme second customer")));
        assertThat(assigneeOf(first)).isEqualTo("Ana");
        assertThat(assigneeOf(second)).as("Ana is at capacity: the case waits in the queue").isNull();

        setStatus(first, "resolved");

        await().atMost(Duration.ofSeconds(20)).until(() -> "Ana".equals(assigneeOf(second)));
        assertThat(activity(second)).extracting(a -> a.get("text").asString())
                .anyMatch(text -> text.startsWith("picked up from the team queue: Chose Ana"));
    }

    private long mentionsOf(String id) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from mention where case_id = ?")
                .param(java.util.UUID.fromString(id))
                .query(Long.class)
                .single();
    }

    private String assigneeOf(String id) {
        var item = casesPage().get("items").valueStream().filter(c -> c.get("id").asString().equals(id)).findFirst().orElseThrow();
        return item.get("assignee").isNull() ? null : item.get("assignee").asString();
    }

    private PostBuilder ingest(PostBuilder post) {
        assertThat(api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), post.json()).status()).isEqualTo(202);
        return post;
    }

    private String caseOf(PostBuilder post) {
        await().atMost(Duration.ofSeconds(20)).until(() -> casesPage().get("items").valueStream()
                .anyMatch(c -> c.get("post").get("externalId").asString().equals(post.externalId())));
        return casesPage().get("items").valueStream()
                .filter(c -> c.get("post").get("externalId").asString().equals(post.externalId()))
                .findFirst().orElseThrow().get("id").asString();
    }

    private JsonNode casesPage() {
        return api.get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token()).json();
    }

    private JsonNode onlyCase() {
        var page = casesPage();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        return page.get("items").get(0);
    }

    private Api.Response setStatus(String id, String status) {
        return api.post(path(id) + "/status", ws.token(), Api.json(Map.of("status", status)));
    }

    private List<JsonNode> activity(String id) {
        return api.get(path(id) + "/activity", ws.token()).json().valueStream().toList();
    }

    private String path(String id) {
        return "/api/v1/workspaces/" + ws.slug() + "/cases/" + id;
    }
}
