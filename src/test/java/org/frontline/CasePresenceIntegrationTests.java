package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import org.frontline.testing.Api;
import org.frontline.testing.SignedInClient;
import org.frontline.testing.TestWorkspaces;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** Two agents on the same case see each other, so that one customer does not get two answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CasePresenceIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    WorkspaceAdministration administration;

    @Test
    void warnsAnAgentWhenAnotherAgentHasTheSameCaseOpen() {
        var ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        var ben = administration.createUser("ben-" + ws.slug() + "@frontline.test", "Ben", "password-ben-123");
        administration.grant(ben, ws.id(), Role.AGENT);
        var api = new Api(port);
        api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), aPost().saying("acme help").json());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token()).json().get("total").asLong() == 1);
        var caseId = api.get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token()).json().get("items").get(0).get("id").asString();
        var presence = "/w/" + ws.slug() + "/cases/" + caseId + "/presence";
        var admin = new SignedInClient(port);
        admin.signIn(ws.adminEmail(), ws.adminPassword());
        var agent = new SignedInClient(port);
        agent.signIn("ben-" + ws.slug() + "@frontline.test", "password-ben-123");

        var alone = admin.get(presence);
        var together = agent.get(presence);

        assertThat(alone.statusCode()).isEqualTo(200);
        assertThat(alone.body()).doesNotContain("also has");
        assertThat(together.body()).contains(ws.adminEmail() + " also has this case open");
    }
}
