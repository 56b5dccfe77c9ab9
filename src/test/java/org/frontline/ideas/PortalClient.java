package org.frontline.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/** A customer's browser over real HTTP: cookies, CSRF fields from the forms it was shown, no redirects followed. */
final class PortalClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern LINK = Pattern.compile("(http://\\S+/sign-in/confirm\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final int port;

    PortalClient(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** Posts a form the way the page at {@code formPage} would, with its CSRF field. */
    HttpResponse<String> submit(String formPage, String action, String form) {
        var page = get(formPage);
        var matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("%s shows a form with a CSRF field", formPage).isTrue();
        return post(action, form + "&_csrf=" + encode(matcher.group(1)));
    }

    HttpResponse<String> post(String action, String form) {
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** Asks for a link, takes it from the mailbox, opens it and presses the button: a signed-in customer. */
    void signIn(String slug, String email, String name) {
        var before = PortalTestSupport.mailsTo(email).size();
        var asked = submit("/p/" + slug + "/sign-in", "/p/" + slug + "/sign-in",
                "email=" + encode(email) + "&name=" + encode(name));
        assertThat(asked.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> PortalTestSupport.mailsTo(email).size() > before);
        var mail = PortalTestSupport.mailsTo(email).get(before);
        var link = LINK.matcher(PortalTestSupport.text(mail));
        assertThat(link.find()).isTrue();
        var confirmed = confirm(link.group(1));
        assertThat(confirmed.statusCode()).isEqualTo(302);
    }

    HttpResponse<String> confirm(String link) {
        var path = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
        var page = get(path);
        var token = TOKEN.matcher(page.body());
        assertThat(token.find()).isTrue();
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        return post(URI.create(link).getRawPath(), "token=" + encode(token.group(1)) + "&_csrf=" + encode(csrf.group(1)));
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
