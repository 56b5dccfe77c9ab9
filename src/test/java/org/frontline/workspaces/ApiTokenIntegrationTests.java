package org.frontline.workspaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.testing.PostBuilder.aPost;

import java.util.Map;
import org.frontline.testing.Api;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** Admins issue tokens that work at once, are listed without secrets, carry their role and can be revoked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiTokenIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void issuedTokenIsShownOnceListedWithoutSecretAndStopsWorkingWhenRevoked() {
        var api = new Api(port);
        var ws = new TestWorkspaces(context).create();
        var path = "/api/v1/workspaces/" + ws.slug() + "/tokens";

        var issued = api.post(path, ws.token(), Api.json(Map.of("name", "CRM", "role", "agent")));
        var token = issued.json().get("token").asString();
        var used = api.get("/api/v1/workspaces/" + ws.slug() + "/cases", token);
        var listed = api.get(path, ws.token());

        assertThat(issued.status()).isEqualTo(201);
        assertThat(token).startsWith("ftl_");
        assertThat(used.status()).isEqualTo(200);
        assertThat(listed.body()).contains("CRM").doesNotContain(token);
        assertThat(listed.json().valueStream().filter(t -> t.get("name").asString().equals("CRM")).findFirst().orElseThrow()
                        .get("lastUsedAt").isNull())
                .as("the token's use was recorded")
                .isFalse();

        var revoked = api.delete(path + "/" + issued.json().get("id").asString(), ws.token());

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/workspaces/" + ws.slug() + "/cases", token).status()).isEqualTo(401);
    }

    @Test
    void viewerTokenMayReadButNotIngest() {
        var api = new Api(port);
        var ws = new TestWorkspaces(context).create();
        var viewer = context.getBean(ApiTokens.class).issue(ws.id(), "dashboard", Role.VIEWER).plainToken();

        var read = api.get("/api/v1/workspaces/" + ws.slug() + "/cases", viewer);
        var write = api.post("/api/v1/workspaces/" + ws.slug() + "/posts", viewer, aPost().json());

        assertThat(read.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("type").asString()).isEqualTo("/problems/forbidden");
    }

    @Test
    void onlyAdminsManageTokens() {
        var api = new Api(port);
        var ws = new TestWorkspaces(context).create();
        var agent = context.getBean(ApiTokens.class).issue(ws.id(), "bot", Role.AGENT).plainToken();

        var response = api.post("/api/v1/workspaces/" + ws.slug() + "/tokens", agent, Api.json(Map.of("name", "escalate")));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void tokenWithoutNameIsRefusedNamingTheField() {
        var api = new Api(port);
        var ws = new TestWorkspaces(context).create();

        var response = api.post("/api/v1/workspaces/" + ws.slug() + "/tokens", ws.token(), Api.json(Map.of("role", "root")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("name", "role");
    }
}
