package org.frontline.channels.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import org.frontline.channels.FakeHttpServer;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SocialConnectionPagesIntegrationTests {

    private static final String TOKEN = "secret-token-never-shown";

    @Autowired WebApplicationContext context;

    @Test
    void connectsFromTheFormShowsHealthAndRateLimitAndNeverTheToken() throws Exception {
        var ws = new TestWorkspaces(context).create();
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var admin = user(ws.adminEmail());
        try (var server = new FakeHttpServer()) {
            server.on("/api/v1/accounts/verify_credentials", exchange -> {
                exchange.getResponseHeaders().set("X-RateLimit-Limit", "300");
                exchange.getResponseHeaders().set("X-RateLimit-Remaining", "297");
                exchange.getResponseHeaders().set("X-RateLimit-Reset", Instant.parse("2026-11-23T13:00:00Z").toString());
                FakeHttpServer.respond(exchange, 200, "application/json", "{\"id\":\"1\",\"acct\":\"<script>alert(1)</script>\"}");
            });
            server.on("/api/v1/notifications", exchange -> FakeHttpServer.respond(exchange, 500, "application/json", "{\"error\":\"boom\"}"));

            var connect = mvc.perform(post("/w/" + ws.slug() + "/channels/social/mastodon").with(admin).with(csrf())
                    .param("instance", server.url("")).param("token", TOKEN)).andReturn();
            var fragment = mvc.perform(get("/w/" + ws.slug() + "/channels/social").with(admin)).andReturn().getResponse();
            var id = fragment.getContentAsString().replaceAll("(?s).*/channels/social/([0-9a-f-]{36})/test.*", "$1");
            var test = mvc.perform(post("/w/" + ws.slug() + "/channels/social/" + id + "/test").with(admin).with(csrf())).andReturn();
            var after = mvc.perform(get("/w/" + ws.slug() + "/channels/social").with(admin)).andReturn().getResponse().getContentAsString();
            var page = mvc.perform(get("/w/" + ws.slug() + "/channels").with(admin)).andReturn().getResponse().getContentAsString();

            assertThat(connect.getFlashMap().get("notice")).asString().startsWith("Connected @");
            var html = fragment.getContentAsString();
            assertThat(html).contains("connected", "297 of 300 left", "Test connection", "Connect Bluesky")
                    .doesNotContain("<script>alert(1)", TOKEN);
            assertThat(test.getFlashMap().get("error")).asString().contains("HTTP 500", "boom");
            assertThat(after).contains("failing", "The instance answered HTTP 500: boom").doesNotContain(TOKEN);
            assertThat(page).contains("/channels/social\"", "hx-trigger=\"load\"");
        }
    }

    @Test
    void aViewerCannotConnectAccounts() throws Exception {
        var ws = new TestWorkspaces(context).create();
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        var response = mvc.perform(post("/w/" + ws.slug() + "/channels/social/mastodon").with(user("nobody@frontline.test")).with(csrf())
                .param("instance", "https://mastodon.example").param("token", "t")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
    }
}
