package org.frontline.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

    @Test
    void rendersEmphasisListsAndLinksWithNofollow() {
        var html = Markdown.toSafeHtml("**bold** and *it*\n\n- one\n- two\n\n[site](https://example.com)");

        assertThat(html).contains("<strong>bold</strong>").contains("<em>it</em>").contains("<li>one</li>")
                .contains("<a href=\"https://example.com\" rel=\"nofollow noopener noreferrer ugc\">site</a>");
    }

    @Test
    void rawHtmlScriptsHandlersAndJavascriptLinksNeverSurvive() {
        var html = Markdown.toSafeHtml("<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))"
                + " <a href=\"https://e.example\" onclick=\"alert(4)\">y</a>");

        var elements = org.jsoup.Jsoup.parseBodyFragment(html).body().getAllElements();
        assertThat(elements).noneMatch(e -> e.tagName().equals("script") || e.tagName().equals("img"));
        assertThat(elements).noneMatch(e -> e.attributes().asList().stream().anyMatch(a -> a.getKey().startsWith("on")));
        assertThat(elements).noneMatch(e -> e.attr("href").toLowerCase(java.util.Locale.ROOT).startsWith("javascript"));
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void plainTextIsClippedForSummaries() {
        assertThat(Markdown.toText("**Hello** world, this is long", 12)).isEqualTo("Hello world…");
    }
}
