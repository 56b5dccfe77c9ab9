package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import java.util.UUID;
import org.frontline.cases.ContactId;
import org.frontline.cases.Contacts;
import org.frontline.testing.Api;
import org.frontline.testing.SignedInClient;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The person behind posts: one contact across channels when their profile link gives them away. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContactsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Contacts contacts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void samePersonOnTwoChannelsIsOneContactWithBothCasesOnTheirPage() {
        var ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        var api = new Api(port);
        var site = "https://example.org/~rosa";
        api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(),
                aPost().on("x").with("author", java.util.Map.of("handle", "rosa_x", "displayName", "Rosa", "profileUrl", site)).saying("acme cam broken").json());
        await().atMost(Duration.ofSeconds(20)).until(() -> contactIds(ws.id().value()) == 1);
        api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(),
                aPost().on("mastodon").with("author", java.util.Map.of("handle", "rosa@mastodon.example", "profileUrl", site)).saying("acme still broken").json());
        await().atMost(Duration.ofSeconds(20)).until(() -> contactIds(ws.id().value()) == 2);

        var contact = new ContactId(jdbc.sql("select distinct contact_id from support_case where workspace_id = ?")
                .param(ws.id().value()).query(UUID.class).single());
        var view = contacts.find(ws.id(), contact).orElseThrow();

        assertThat(view.identities()).extracting(i -> i.channel()).containsExactlyInAnyOrder("x", "mastodon");
        assertThat(view.cases()).hasSize(2);
        var browser = new SignedInClient(port);
        browser.signIn(ws.adminEmail(), ws.adminPassword());
        var page = browser.get("/w/" + ws.slug() + "/contacts/" + contact.value());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("rosa_x").contains("rosa@mastodon.example").contains("acme cam broken");
    }

    private long contactIds(UUID workspace) {
        return jdbc.sql("select count(*) from support_case where workspace_id = ? and contact_id is not null")
                .param(workspace).query(Long.class).single();
    }
}
