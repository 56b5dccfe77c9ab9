package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import java.util.List;
import org.frontline.testing.Api;
import org.frontline.testing.SignedInClient;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The inbox narrows to what an agent asks for and acts on many cases at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InboxFilterAndBulkIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    Api api;
    TestWorkspace ws;
    SignedInClient agent;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        agent = new SignedInClient(port);
        agent.signIn(ws.adminEmail(), ws.adminPassword());
        ingest(aPost().on("x").saying("acme refund for order 17"));
        ingest(aPost().on("bluesky").saying("acme love the new app"));
        ingest(aPost().on("x").saying("acme 100% off_sale? really"));
        await().atMost(Duration.ofSeconds(20)).until(() -> cases().size() == 3);
    }

    @Test
    void filtersByChannelAndSearchesSubjectsLiterally() {
        var onX = agent.get("/w/" + ws.slug() + "/inbox?channel=x").body();
        var refund = agent.get("/w/" + ws.slug() + "/inbox?q=REFUND").body();
        var literalPercent = agent.get("/w/" + ws.slug() + "/inbox?q=" + SignedInClient.encode("100%")).body();
        var literalUnderscore = agent.get("/w/" + ws.slug() + "/inbox?q=f_s").body();

        assertThat(rows(onX)).isEqualTo(2);
        assertThat(rows(refund)).isEqualTo(1);
        assertThat(refund).contains("acme refund for order 17");
        assertThat(rows(literalPercent)).isEqualTo(1);
        assertThat(rows(literalUnderscore)).as("'_' is not a wildcard").isEqualTo(1);
    }

    @Test
    void resolvesTheSelectedCasesAndHidesThemFromTheActiveInbox() {
        var ids = cases().stream().filter(c -> c.get("post").get("channel").asString().equals("x")).map(c -> c.get("id").asString()).toList();
        var csrf = agent.csrfTokenOf("/w/" + ws.slug() + "/inbox");

        var response = agent.postForm("/w/" + ws.slug() + "/inbox/bulk",
                "ids=" + ids.get(0) + "&ids=" + ids.get(1) + "&action=resolved&back=%3Fchannel%3Dx&_csrf=" + SignedInClient.encode(csrf));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/inbox?channel=x"));
        assertThat(cases()).filteredOn(c -> c.get("status").asString().equals("resolved")).hasSize(2);
        assertThat(rows(agent.get("/w/" + ws.slug() + "/inbox").body())).isEqualTo(1);
        assertThat(rows(agent.get("/w/" + ws.slug() + "/inbox?status=resolved").body())).isEqualTo(2);
    }

    private void ingest(org.frontline.testing.PostBuilder post) {
        assertThat(api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), post.json()).status()).isEqualTo(202);
    }

    private List<tools.jackson.databind.JsonNode> cases() {
        return api.get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token()).json().get("items").valueStream().toList();
    }

    private static long rows(String html) {
        return html.split("class=\"case-row\"", -1).length - 1;
    }

}
