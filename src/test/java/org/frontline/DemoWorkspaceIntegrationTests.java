package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.frontline.ingest.Posts;
import org.frontline.testing.Api;
import org.frontline.workspaces.WorkspaceAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A first start: the demo workspace appears and the sample stream fills its inbox (sped up to seconds). */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "frontline.demo.enabled=true",
            "frontline.demo.replay-span=2s",
            "frontline.demo.bootstrap-token=" + DemoWorkspaceIntegrationTests.TOKEN
        })
@ActiveProfiles("test")
class DemoWorkspaceIntegrationTests {

    static final String TOKEN = "demo-bootstrap-token-for-tests";

    @LocalServerPort
    int port;

    @Autowired
    WorkspaceAdministration administration;

    @Autowired
    Posts posts;

    @Test
    void firstStartCreatesAcmeWithQueriesAndReplaysTheSampleStreamIntoCases() {
        var api = new Api(port);
        var acme = administration.findWorkspace("acme").orElseThrow();

        await().atMost(Duration.ofSeconds(60)).until(() -> posts.count(acme) >= 300);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/v1/workspaces/acme/cases?size=1", TOKEN).json().get("total").asLong() >= 300);

        var queries = api.get("/api/v1/workspaces/acme/queries", TOKEN);
        assertThat(queries.status()).as("the bootstrap token is an admin token of acme").isEqualTo(200);
        assertThat(queries.json().size()).isGreaterThanOrEqualTo(3);
        var cases = api.get("/api/v1/workspaces/acme/cases?size=1", TOKEN).json();
        assertThat(cases.get("total").asLong()).as("posts that match nothing open no case").isLessThan(posts.count(acme));
        assertThat(cases.get("items").get(0).get("team").asString()).as("routed by the demo rules").isIn("Support", "Billing");
    }
}
