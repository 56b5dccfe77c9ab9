package org.frontline.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.testing.PostBuilder.aPost;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.frontline.testing.Api;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The query page previews as you type: the htmx fragment, escaped, with highlights and positioned errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QueryPagePreviewIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void previewFragmentHighlightsMatchesAndEscapesPostText() throws Exception {
        var ws = new TestWorkspaces(context).create();
        var api = new Api(port);
        api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), aPost().saying("<b>acme</b> refund now").json());
        postForm("/login", "username=" + encode(ws.adminEmail()) + "&password=" + encode(ws.adminPassword()) + "&_csrf=" + csrf("/login"));
        var page = get("/w/" + ws.slug() + "/queries");
        var token = csrfIn(page.body());

        var preview = postForm("/w/" + ws.slug() + "/queries/preview", "query=" + encode("acme refund") + "&_csrf=" + token);
        var error = postForm("/w/" + ws.slug() + "/queries/preview", "query=" + encode("acme (refund") + "&_csrf=" + token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("hx-post=\"/w/" + ws.slug() + "/queries/preview\"").doesNotContain("<script>");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("<strong>1</strong> matching posts")
                .contains("&lt;b&gt;<mark>acme</mark>&lt;/b&gt; <mark>refund</mark> now")
                .doesNotContain("<b>acme");
        assertThat(error.body()).contains("preview-error").contains("position 12");
    }

    private String csrf(String path) throws Exception {
        return csrfIn(get(path).body());
    }

    private static String csrfIn(String body) {
        var matcher = CSRF.matcher(body);
        assertThat(matcher.find()).isTrue();
        return encode(matcher.group(1));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String form) throws Exception {
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
