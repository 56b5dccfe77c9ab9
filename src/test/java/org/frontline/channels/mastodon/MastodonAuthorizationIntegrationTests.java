package org.frontline.channels.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import org.frontline.channels.FakeHttpServer;
import org.frontline.channels.social.SocialConnections;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The Mastodon OAuth connect flow through Frontline's own pages, against a local instance (see {@link FakeMastodonInstance}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MastodonAuthorizationIntegrationTests {

    @Autowired WebApplicationContext context;
    @Autowired SocialConnections connections;
    @Autowired JdbcClient jdbc;

    private final FakeMastodonInstance instance = new FakeMastodonInstance();
    private TestWorkspace ws;
    private MockMvc mvc;
    private RequestPostProcessor admin;

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).create();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        admin = user(ws.adminEmail());
    }

    @AfterEach
    void tearDown() {
        instance.close();
    }

    @Test
    void registersFrontlineSendsTheUserToTheInstanceAndStoresTheTokenItGetsBackSealed() throws Exception {
        var authorize = URI.create(authorizeUrl(startAuthorization()));
        var asked = FakeMastodonInstance.form(authorize.getRawQuery());
        var callback = "http://localhost/w/" + ws.slug() + "/channels/social/mastodon/callback";

        assertThat(authorize.getPath()).isEqualTo("/oauth/authorize");
        assertThat(asked).containsEntry("response_type", "code").containsEntry("client_id", "client id").containsEntry("scope", "read write")
                .containsEntry("redirect_uri", callback).containsEntry("code_challenge_method", "S256").containsKeys("state", "code_challenge");
        assertThat(instance.registrations).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("redirect_uris", callback).containsEntry("scopes", "read write").containsEntry("client_name", "Frontline"));

        var back = approve(authorize);
        var done = mvc.perform(get(back).with(admin)).andReturn();

        assertThat(done.getFlashMap().get("notice")).asString().isEqualTo("Connected @trwnh@127.0.0.1.");
        var connection = connections.list(ws.id()).getFirst();
        assertThat(connections.credentials(connection)).contains(FakeMastodonInstance.TOKEN);
        assertThat(instance.tokenRequests.getFirst()).containsEntry("grant_type", "authorization_code").containsEntry("redirect_uri", callback);
        var sealedApp = jdbc.sql("select secret from mastodon_app where workspace_id = ?").param(ws.id().value()).query(String.class).single();
        assertThat(sealedApp).startsWith("v1:").doesNotContain("client secret");
    }

    @Test
    void aStateWorksOnceAndTheApplicationIsRegisteredOnlyOncePerInstance() throws Exception {
        var first = URI.create(authorizeUrl(startAuthorization()));
        var back = approve(first);
        mvc.perform(get(back).with(admin)).andReturn();

        var replay = mvc.perform(get(back).with(admin)).andReturn();
        var forged = mvc.perform(get("/w/" + ws.slug() + "/channels/social/mastodon/callback").param("code", "code-9").param("state", "made-up")
                .with(admin)).andReturn();
        startAuthorization();

        assertThat(replay.getFlashMap().get("error")).asString().contains("unknown, used or expired");
        assertThat(forged.getFlashMap().get("error")).asString().contains("unknown, used or expired");
        assertThat(instance.registrations).as("the stored registration is reused").hasSize(1);
        assertThat(connections.list(ws.id())).hasSize(1);
    }

    @Test
    void aDenialOrARefusedCodeConnectsNothingAndSaysWhy() throws Exception {
        var denied = URI.create(authorizeUrl(startAuthorization()));
        var state = FakeMastodonInstance.form(denied.getRawQuery()).get("state");
        var deniedBack = mvc.perform(get("/w/" + ws.slug() + "/channels/social/mastodon/callback").param("error", "access_denied")
                .param("state", state).with(admin)).andReturn();

        var refused = URI.create(authorizeUrl(startAuthorization()));
        var refusedState = FakeMastodonInstance.form(refused.getRawQuery()).get("state");
        var refusedBack = mvc.perform(get("/w/" + ws.slug() + "/channels/social/mastodon/callback").param("code", "never-issued")
                .param("state", refusedState).with(admin)).andReturn();

        assertThat(deniedBack.getFlashMap().get("error")).asString().isEqualTo("The instance did not authorize Frontline: access_denied");
        assertThat(refusedBack.getFlashMap().get("error")).asString()
                .contains("refused the authorization code (HTTP 400)", "invalid_grant", "Here comes the more detailed error description.");
        assertThat(connections.list(ws.id())).isEmpty();
    }

    @Test
    void anInstanceThatRefusesTheRegistrationIsReportedAndNothingIsStored() throws Exception {
        try (var refusing = new FakeHttpServer()) {
            refusing.on("/api/v1/apps", exchange -> FakeHttpServer.respond(exchange, 422, "application/json",
                    "{\"error\":\"Validation failed: Redirect URI must be an absolute URI.\"}"));
            var result = mvc.perform(post("/w/" + ws.slug() + "/channels/social/mastodon/authorize").param("instance", refusing.url(""))
                    .with(admin).with(csrf())).andReturn();

            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/w/" + ws.slug() + "/channels");
            assertThat(result.getFlashMap().get("error")).asString()
                    .isEqualTo("The instance refused to register Frontline (HTTP 422): Validation failed: Redirect URI must be an absolute URI.");
        }
        assertThat(jdbc.sql("select count(*) from mastodon_app where workspace_id = ?").param(ws.id().value()).query(Long.class).single()).isZero();
    }

    private MvcResult startAuthorization() throws Exception {
        return mvc.perform(post("/w/" + ws.slug() + "/channels/social/mastodon/authorize").param("instance", instance.url()).with(admin).with(csrf()))
                .andReturn();
    }

    private static String authorizeUrl(MvcResult started) throws Exception {
        assertThat(started.getResponse().getContentAsString()).contains("http-equiv=\"refresh\"", "id=\"continue-to-instance\"");
        return (String) started.getModelAndView().getModel().get("authorizeUrl");
    }

    /** What the instance's consent page links to when the user allows Frontline, made relative for MockMvc. */
    private String approve(URI authorize) throws Exception {
        var page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(authorize).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var link = page.replaceAll("(?s).*id=authorize href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        return URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
    }
}
