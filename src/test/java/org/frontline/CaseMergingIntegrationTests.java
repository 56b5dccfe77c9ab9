package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseMerging;
import org.frontline.ingest.PostId;
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

/** Two cases that are one issue become one; one mention that is another issue becomes its own case. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseMergingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    CaseMerging merging;

    Api api;
    TestWorkspace ws;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
    }

    @Test
    void mergingMovesTheMentionsAndClosesTheMergedCase() {
        var kept = ingest(aPost().on("x").saying("acme order missing").from("kim"));
        var merged = ingest(aPost().on("bluesky").saying("acme same order, still missing").from("kim.bsky.social"));
        await().atMost(Duration.ofSeconds(20)).until(() -> cases().size() == 2);

        merging.merge(ws.id(), caseOf(kept), caseOf(merged), "agent@frontline.test");

        var statuses = cases().stream().map(c -> c.get("status").asString()).toList();
        assertThat(statuses).containsExactlyInAnyOrder("new", "closed");
        assertThat(activity(caseOf(kept))).anyMatch(text -> text.startsWith("merged case"));
        assertThatThrownBy(() -> merging.merge(ws.id(), caseOf(kept), caseOf(kept), "agent")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splittingTakesOneMentionIntoANewCase() {
        var first = ingest(aPost().on("x").saying("acme cam offline").from("lee"));
        await().atMost(Duration.ofSeconds(20)).until(() -> cases().size() == 1);
        var second = ingest(aPost().on("x").saying("acme also my invoice is wrong").from("lee"));
        await().atMost(Duration.ofSeconds(20)).until(() -> activityCount(caseOf(first)) >= 0 && mentionsJoined(first));

        var created = merging.split(ws.id(), caseOf(first), postOf(second), "acme also my invoice is wrong", "agent");

        assertThat(cases()).hasSize(2);
        assertThat(caseOf(second)).isEqualTo(created);
    }

    private boolean mentionsJoined(PostBuilder first) {
        return cases().size() == 1 && api.get("/api/v1/workspaces/" + ws.slug() + "/cases/" + caseOf(first) + "/activity", ws.token()).status() == 200
                && context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql("select count(*) from mention where workspace_id = ?").param(ws.id().value()).query(Long.class).single() == 2;
    }

    private PostBuilder ingest(PostBuilder post) {
        assertThat(api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), post.json()).status()).isEqualTo(202);
        return post;
    }

    private List<JsonNode> cases() {
        return api.get("/api/v1/workspaces/" + ws.slug() + "/cases?size=50", ws.token()).json().get("items").valueStream().toList();
    }

    private CaseId caseOf(PostBuilder post) {
        var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        return new CaseId(jdbc.sql("select m.case_id from mention m join post p on p.id = m.post_id where p.workspace_id = ? and p.external_id = ?")
                .params(ws.id().value(), post.externalId())
                .query(UUID.class)
                .single());
    }

    private PostId postOf(PostBuilder post) {
        var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        return new PostId(jdbc.sql("select id from post where workspace_id = ? and external_id = ?")
                .params(ws.id().value(), post.externalId())
                .query(UUID.class)
                .single());
    }

    private List<String> activity(CaseId id) {
        return api.get("/api/v1/workspaces/" + ws.slug() + "/cases/" + id + "/activity", ws.token()).json().valueStream()
                .map(a -> a.get("text").asString())
                .toList();
    }

    private int activityCount(CaseId id) {
        return activity(id).size();
    }
}
