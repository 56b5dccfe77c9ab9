package org.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The page door: sign-in, session cookie, CSRF and the Content-Security-Policy, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageSecurityIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @Test
    void everyPageSendsContentSecurityPolicyWithoutInlineScripts() throws Exception {
        var login = get("/login");

        var csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(login.body()).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void signingInSetsHttpOnlySameSiteSessionCookieAndOpensTheWorkspaceInbox() throws Exception {
        var ws = new TestWorkspaces(context).create();

        var response = signIn(ws.adminEmail(), ws.adminPassword());

        var cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("FRONTLINE_SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        var inbox = get("/w/" + ws.slug() + "/inbox");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("Inbox");
    }

    @Test
    void pagesRedirectStrangersToSignIn() throws Exception {
        var response = get("/w/acme/inbox");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void formPostWithoutCsrfTokenIsRefused() throws Exception {
        var ws = new TestWorkspaces(context).create();
        signIn(ws.adminEmail(), ws.adminPassword());

        var response = postForm("/w/" + ws.slug() + "/queries", "name=Sneaky&query=acme");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from tracking_query where workspace_id = ?")
                        .param(ws.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anotherWorkspacesPagesAnswerNotFound() throws Exception {
        var mine = new TestWorkspaces(context).create();
        var theirs = new TestWorkspaces(context).create();
        signIn(mine.adminEmail(), mine.adminPassword());

        assertThat(get("/w/" + theirs.slug() + "/inbox").statusCode()).isEqualTo(404);
    }

    @Test
    void passwordsAndApiTokensAreStoredOnlyAsHashes() {
        var ws = new TestWorkspaces(context).create();

        var passwordHash = jdbc.sql("select password_hash from app_user where email = ?")
                .param(ws.adminEmail())
                .query(String.class)
                .single();
        var tokenHashes = jdbc.sql("select token_hash from api_token where workspace_id = ?")
                .param(ws.id().value())
                .query(String.class)
                .list();
        assertThat(passwordHash).startsWith("{bcrypt}").doesNotContain(ws.adminPassword());
        assertThat(tokenHashes).hasSize(1).noneMatch(h -> h.contains(ws.token()));
    }

    private HttpResponse<String> signIn(String email, String password) throws Exception {
        var form = "username=" + encode(email) + "&password=" + encode(password);
        return postForm("/login", form + "&_csrf=" + encode(csrfTokenOf("/login")));
    }

    private String csrfTokenOf(String page) throws Exception {
        var matcher = CSRF.matcher(get(page).body());
        assertThat(matcher.find()).as("page %s carries a CSRF token", page).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
