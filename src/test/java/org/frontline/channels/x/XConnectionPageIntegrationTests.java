package org.frontline.channels.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.frontline.channels.FakeHttpServer;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Connecting X from the Channels page alone: the form, the connection's health and rate-limit state, and test
 * connection, which reads the mentions (the recorded answer in src/test/resources/corpus/x-api-v2-tweepy, MIT) and
 * tells which queries the stream carries how. The tokens never come back out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class XConnectionPageIntegrationTests {

    private static final String USER_TOKEN = "user-token-never-shown";
    private static final String BEARER = "bearer-token-never-shown";
    private static final FakeHttpServer SERVER = new FakeHttpServer();

    @Autowired WebApplicationContext context;

    @DynamicPropertySource
    static void xApi(DynamicPropertyRegistry registry) {
        registry.add("frontline.channels.x.api", () -> SERVER.url(""));
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void connectsFromTheFormAndShowsHealthRateLimitAndWhatTheStreamCarries() throws Exception {
        var ws = new TestWorkspaces(context).createWithQuery("Near", "twitter NEAR/2 ticket");
        var mentions = JsonMapper.builder().build().readTree(Files.readString(Path.of("src/test/resources/corpus/x-api-v2-tweepy/get_users_mentions.json")))
                .get("body").toString();
        SERVER.on("/2/users/me", exchange -> FakeHttpServer.respond(exchange, 200, "application/json",
                "{\"data\":{\"id\":\"783214\",\"name\":\"Twitter\",\"username\":\"Twitter\"}}"));
        SERVER.on("/2/tweets/search/stream/rules", exchange -> FakeHttpServer.respond(exchange, 200, "application/json",
                exchange.getRequestMethod().equals("GET") ? "{\"meta\":{\"sent\":\"2026-11-23T15:00:00.000Z\",\"result_count\":0}}" : "{\"meta\":{}}"));
        SERVER.on("/2/users/783214/mentions", exchange -> {
            exchange.getResponseHeaders().set("x-rate-limit-limit", "180");
            exchange.getResponseHeaders().set("x-rate-limit-remaining", "179");
            exchange.getResponseHeaders().set("x-rate-limit-reset", String.valueOf(Instant.parse("2026-11-23T16:00:00Z").getEpochSecond()));
            FakeHttpServer.respond(exchange, 200, "application/json", mentions);
        });
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var admin = user(ws.adminEmail());

        var connect = mvc.perform(post("/w/" + ws.slug() + "/channels/social/x").with(admin).with(csrf())
                .param("userToken", USER_TOKEN).param("bearerToken", BEARER).param("tier", "pro")).andReturn();
        var fragment = mvc.perform(get("/w/" + ws.slug() + "/channels/social").with(admin)).andReturn().getResponse().getContentAsString();
        var id = fragment.replaceAll("(?s).*/channels/social/([0-9a-f-]{36})/test.*", "$1");
        var test = mvc.perform(post("/w/" + ws.slug() + "/channels/social/" + id + "/test").with(admin).with(csrf())).andReturn();
        var after = mvc.perform(get("/w/" + ws.slug() + "/channels/social").with(admin)).andReturn().getResponse().getContentAsString();

        assertThat(connect.getFlashMap().get("notice")).asString().isEqualTo("Connected @Twitter on X.");
        assertThat(fragment).contains("Connect X", "@Twitter on X").doesNotContain(USER_TOKEN, BEARER);
        assertThat(test.getFlashMap().get("notice")).asString()
                .contains("10 new mentions", "1 rules on the filtered stream", "broader rule plus checking in Frontline: Near");
        assertThat(after).contains("connected", "179 of 180 left").doesNotContain(USER_TOKEN, BEARER);
    }
}
