package org.frontline.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.frontline.testing.Api;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The compiled native filters, with their reasons, in the query API and on the query's page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NativeFilterDisplayIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void theQueryApiAnswersEachNetworksFilterWithItsReasons() {
        var ws = new TestWorkspaces(context).create();
        var api = new Api(port);
        var path = "/api/v1/workspaces/" + ws.slug() + "/queries";
        var created = api.post(path, ws.token(), Api.json(Map.of("name", "Refunds", "query", "acme NEAR/3 refund* NOT author:acme_support")));

        var read = api.get(path + "/" + created.json().get("id").asString(), ws.token()).json();

        var x = read.get("nativeFilters").get(0);
        assertThat(x.get("target").asString()).isEqualTo("X_RULE");
        assertThat(x.get("fit").asString()).isEqualTo("BROADER");
        assertThat(x.get("filters").get(0).asString()).isEqualTo("acme -from:acme_support");
        assertThat(x.get("notes").toString()).contains("no proximity operator").contains("no wildcard");
        assertThat(read.get("nativeFilters").get(1).get("fit").asString()).isEqualTo("NONE");
        assertThat(read.get("nativeFilters").get(2).get("filters").get(0).asString()).isEqualTo("acme AND NOT author:acme_support");
    }

    @Test
    void theQueryPageShowsTheFiltersAndWhyTheyAreWider() throws Exception {
        var ws = new TestWorkspaces(context).create();
        var api = new Api(port);
        var id = api.post("/api/v1/workspaces/" + ws.slug() + "/queries", ws.token(),
                Api.json(Map.of("name", "Tags", "query", "(#acme OR #acmefail) followers:>1000"))).json().get("id").asString();
        var login = get("/login").body();
        postForm("/login", "username=" + encode(ws.adminEmail()) + "&password=" + encode(ws.adminPassword()) + "&_csrf=" + csrfIn(login));

        var page = get("/w/" + ws.slug() + "/queries/" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-testid=\"native-filters\"")
                .contains("X filtered-stream rule")
                .contains("#acme OR #acmefail")
                .contains("no follower-count operator")
                .contains("Mastodon hashtag streams");
    }

    private static String csrfIn(String body) {
        var matcher = CSRF.matcher(body);
        assertThat(matcher.find()).isTrue();
        return encode(matcher.group(1));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void postForm(String path, String form) throws Exception {
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
