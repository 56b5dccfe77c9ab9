package org.frontline.classify.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.testing.SignedInClient.encode;

import org.frontline.testing.Api;
import org.frontline.testing.SignedInClient;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The admin page of the external classifier, through a signed-in browser session (forms, CSRF, redirects). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExternalClassifierPageTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void adminTurnsTheClassifierOnAndTheKeyNeverComesBack() {
        var ws = new TestWorkspaces(context).create();
        var browser = new SignedInClient(port);
        browser.signIn(ws.adminEmail(), ws.adminPassword());
        var page = "/w/" + ws.slug() + "/settings/classifier";
        var secret = "sk-page-secret-987654321";

        var before = browser.get(page);
        var saved = browser.postForm(page, "enabled=true&baseUrl=" + encode("https://llm.example.com") + "&model=small-model"
                + "&apiKey=" + secret + "&timeoutSeconds=5&_csrf=" + encode(browser.csrfTokenOf(page)));
        var after = browser.get(page);

        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).contains("leaves", "Frontline").doesNotContain("checked");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(after.body()).contains("Saved: new mentions are also sent", "https://llm.example.com", "small-model",
                "stored (leave empty to keep it)").doesNotContain(secret);
        var api = new Api(port).get("/api/v1/workspaces/" + ws.slug() + "/classifier", ws.token()).json();
        assertThat(api.get("enabled").asBoolean()).isTrue();
        assertThat(api.get("timeoutSeconds").asDouble()).isEqualTo(5.0);
        assertThat(api.get("apiKeySet").asBoolean()).isTrue();
    }

    @Test
    void nonHttpUrlIsShownAsAnErrorAndNothingIsSaved() {
        var ws = new TestWorkspaces(context).create();
        var browser = new SignedInClient(port);
        browser.signIn(ws.adminEmail(), ws.adminPassword());
        var page = "/w/" + ws.slug() + "/settings/classifier";

        browser.postForm(page, "enabled=true&baseUrl=" + encode("gopher://llm.example.com") + "&model=m&_csrf="
                + encode(browser.csrfTokenOf(page)));
        var after = browser.get(page);

        assertThat(after.body()).contains("Only http and https URLs are allowed").doesNotContain("gopher://");
        var api = new Api(port).get("/api/v1/workspaces/" + ws.slug() + "/classifier", ws.token()).json();
        assertThat(api.get("enabled").asBoolean()).isFalse();
    }
}
