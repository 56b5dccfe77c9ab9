package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontline.routing.Priority;
import org.frontline.routing.SlaPolicies;
import org.frontline.testing.Api;
import org.frontline.testing.PostBuilder;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.frontline.workspaces.ApiTokens;
import org.frontline.workspaces.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The optional approval step over the API: agents draft, approvers send or reject, the response time counts from sending. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReplyApprovalIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Api api;
    TestWorkspace ws;
    String agent;
    String approver;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        for (var priority : Priority.values()) {
            context.getBean(SlaPolicies.class).set(ws.id(), null, priority, Duration.ofMinutes(20), null, Duration.ofHours(8), false);
        }
        var tokens = context.getBean(ApiTokens.class);
        agent = tokens.issue(ws.id(), "agency agent", Role.AGENT).plainToken();
        approver = tokens.issue(ws.id(), "client", Role.APPROVER).plainToken();
    }

    @Test
    void approvalIsOffByDefaultSoAnAgentsReplyGoesOutDirectly() {
        var id = caseOf(ingest(aPost().saying("acme cam offline")));

        var reply = api.post(path(id) + "/replies", agent, Api.json(Map.of("text", "On it!")));

        assertThat(api.get(base() + "/settings/reply-approval", agent).json().get("required").asBoolean()).isFalse();
        assertThat(reply.json().get("state").asString()).isEqualTo("answered_elsewhere");
        assertThat(firstResponseAt(id)).isNotNull();
    }

    @Test
    void anAgentsReplyWaitsAsADraftAndMeetsNoTargetUntilApproved() {
        requireApproval();
        var id = caseOf(ingest(aPost().saying("acme refund please")));

        var draft = api.post(path(id) + "/replies", agent, Api.json(Map.of("text", "Refund is on its way")));

        assertThat(draft.status()).isEqualTo(201);
        assertThat(draft.json().get("state").asString()).isEqualTo("awaiting_approval");
        assertThat(firstResponseAt(id)).as("a draft is not a response").isNull();
        assertThat(caseItem(id).get("status").asString()).isEqualTo("new");
        assertThat(caseItem(id).get("sla").get("target").asString()).isEqualTo("first_response");
        assertThat(activity(id)).isEmpty();
        var queue = api.get(base() + "/replies/awaiting-approval", approver).json().valueStream().toList();
        assertThat(queue).singleElement().satisfies(d -> {
            assertThat(d.get("caseId").asString()).isEqualTo(id);
            assertThat(d.get("author").asString()).isEqualTo("API: agency agent");
            assertThat(d.get("text").asString()).isEqualTo("Refund is on its way");
        });
        assertThat(api.get(base() + "/replies/awaiting-approval", agent).json().get("type").asString()).isEqualTo("/problems/forbidden");
    }

    @Test
    void approvingWithEditsSendsTheReplyAndRecordsTheFirstResponseThen() {
        requireApproval();
        var id = caseOf(ingest(aPost().saying("acme refund please")));
        var draftId = api.post(path(id) + "/replies", agent, Api.json(Map.of("text", "refund ok"))).json().get("id").asString();
        var beforeApproval = Instant.now();

        var approved = api.post(path(id) + "/replies/" + draftId + "/approve", approver, Api.json(Map.of("text", "Your refund is on its way.")));

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).as("no sender for this channel: answered by hand").isEqualTo("answered_elsewhere");
        assertThat(approved.json().get("text").asString()).isEqualTo("Your refund is on its way.");
        assertThat(approved.json().get("reviewedBy").asString()).isEqualTo("API: client");
        assertThat(firstResponseAt(id)).isAfterOrEqualTo(beforeApproval.minusMillis(1));
        assertThat(caseItem(id).get("status").asString()).isEqualTo("open");
        assertThat(caseItem(id).get("sla").get("target").asString()).isEqualTo("resolution");
        assertThat(activity(id).getFirst().get("actor").asString()).isEqualTo("API: agency agent (approved by API: client)");
        assertThat(activity(id).getFirst().get("text").asString()).isEqualTo("Your refund is on its way.");
        assertThat(api.get(base() + "/replies/awaiting-approval", approver).json().size()).isZero();
    }

    @Test
    void approvingAnAlreadySentReplyIsAConflict() {
        requireApproval();
        var id = caseOf(ingest(aPost().saying("acme hub offline")));
        var draftId = api.post(path(id) + "/replies", agent, Api.json(Map.of("text", "Restart it please"))).json().get("id").asString();
        api.post(path(id) + "/replies/" + draftId + "/approve", approver, "{}");

        var again = api.post(path(id) + "/replies/" + draftId + "/approve", approver, "{}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("type").asString()).isEqualTo("/problems/reply-not-awaiting-approval");
        assertThat(again.json().get("state").asString()).isEqualTo("answered_elsewhere");
        assertThat(activity(id)).filteredOn(a -> a.get("kind").asString().equals("reply")).hasSize(1);
    }

    @Test
    void rejectingKeepsTheReasonForTheAgentAndSendsNothing() {
        requireApproval();
        var id = caseOf(ingest(aPost().saying("acme so slow")));
        var draftId = api.post(path(id) + "/replies", agent, Api.json(Map.of("text", "Works for me"))).json().get("id").asString();

        var rejected = api.post(path(id) + "/replies/" + draftId + "/reject", approver, Api.json(Map.of("reason", "Too curt, apologise first")));
        var approveAfter = api.post(path(id) + "/replies/" + draftId + "/approve", approver, "{}");

        assertThat(rejected.json().get("state").asString()).isEqualTo("rejected");
        var seenByAgent = api.get(path(id) + "/replies", agent).json().get(0);
        assertThat(seenByAgent.get("rejectionReason").asString()).isEqualTo("Too curt, apologise first");
        assertThat(seenByAgent.get("reviewedBy").asString()).isEqualTo("API: client");
        assertThat(approveAfter.status()).isEqualTo(409);
        assertThat(firstResponseAt(id)).isNull();
        var noReason = api.post(path(id) + "/replies/" + draftId + "/reject", approver, Api.json(Map.of("reason", " ")));
        assertThat(noReason.json().get("type").asString()).isEqualTo("/problems/validation");
    }

    @Test
    void agentsCannotApproveAndNobodyReviewsTheirOwnDraft() {
        requireApproval();
        var id = caseOf(ingest(aPost().saying("acme broken again")));
        var draftId = api.post(path(id) + "/replies", agent, Api.json(Map.of("text", "Sorry!"))).json().get("id").asString();
        // The same name as the drafting token: the same actor, now holding the approver role.
        var promoted = context.getBean(ApiTokens.class).issue(ws.id(), "agency agent", Role.APPROVER).plainToken();

        var byAgent = api.post(path(id) + "/replies/" + draftId + "/approve", agent, "{}");
        var byAuthor = api.post(path(id) + "/replies/" + draftId + "/approve", promoted, "{}");

        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(byAgent.json().get("type").asString()).isEqualTo("/problems/forbidden");
        assertThat(byAuthor.status()).isEqualTo(403);
        assertThat(byAuthor.json().get("type").asString()).isEqualTo("/problems/own-draft");
        assertThat(api.get(path(id) + "/replies", agent).json().get(0).get("state").asString()).isEqualTo("awaiting_approval");
    }

    @Test
    void approversRepliesGoOutDirectlyAndOtherWorkspacesSeeNoDrafts() {
        requireApproval();
        var id = caseOf(ingest(aPost().saying("acme thanks")));
        var draftId = api.post(path(id) + "/replies", agent, Api.json(Map.of("text", "You are welcome"))).json().get("id").asString();

        var direct = api.post(path(id) + "/replies", approver, Api.json(Map.of("text", "Glad it works")));
        var other = new TestWorkspaces(context).create();
        var foreign = api.post(path(id) + "/replies/" + draftId + "/approve", other.token(), "{}");
        var wrongCase = api.post(path(UUID.randomUUID().toString()) + "/replies/" + draftId + "/approve", approver, "{}");

        assertThat(direct.json().get("state").asString()).isEqualTo("answered_elsewhere");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(wrongCase.status()).isEqualTo(404);
        assertThat(wrongCase.json().get("type").asString()).isEqualTo("/problems/reply-not-found");
        assertThat(api.get("/api/v1/workspaces/" + other.slug() + "/replies/awaiting-approval", other.token()).json().size()).isZero();
    }

    @Test
    void onlyAdminsSwitchTheApprovalStep() {
        var refused = api.put(base() + "/settings/reply-approval", approver, Api.json(Map.of("required", true)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get(base() + "/settings/reply-approval", agent).json().get("required").asBoolean()).isFalse();
    }

    private void requireApproval() {
        var response = api.put(base() + "/settings/reply-approval", ws.token(), Api.json(Map.of("required", true)));
        assertThat(response.json().get("required").asBoolean()).isTrue();
    }

    private Instant firstResponseAt(String id) {
        return jdbc.sql("select first_response_at from support_case where id = ?")
                .param(UUID.fromString(id))
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .map(OffsetDateTime::toInstant)
                .orElse(null);
    }

    private PostBuilder ingest(PostBuilder post) {
        assertThat(api.post(base() + "/posts", ws.token(), post.json()).status()).isEqualTo(202);
        return post;
    }

    private String caseOf(PostBuilder post) {
        await().atMost(Duration.ofSeconds(20)).until(() -> casesPage().get("items").valueStream()
                .anyMatch(c -> c.get("post").get("externalId").asString().equals(post.externalId())));
        return casesPage().get("items").valueStream()
                .filter(c -> c.get("post").get("externalId").asString().equals(post.externalId()))
                .findFirst().orElseThrow().get("id").asString();
    }

    private JsonNode caseItem(String id) {
        return casesPage().get("items").valueStream().filter(c -> c.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private JsonNode casesPage() {
        return api.get(base() + "/cases", ws.token()).json();
    }

    private List<JsonNode> activity(String id) {
        return api.get(path(id) + "/activity", ws.token()).json().valueStream().toList();
    }

    private String base() {
        return "/api/v1/workspaces/" + ws.slug();
    }

    private String path(String id) {
        return base() + "/cases/" + id;
    }
}
