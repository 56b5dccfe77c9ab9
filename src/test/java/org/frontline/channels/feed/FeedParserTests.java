package org.frontline.channels.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTests {

    private static ParsedFeed parse(String document) {
        return FeedParser.parse(document.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void refusesExternalEntities() {
        var xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&secret;</title></channel></rss>""";

        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(FeedUnreadable.class).hasMessageContaining("DTD");
    }

    @Test
    void refusesEntityExpansionBombs() {
        var laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");

        assertThatThrownBy(() -> parse(laughs.toString())).isInstanceOf(FeedUnreadable.class).hasMessageContaining("DTD");
    }

    @Test
    void ignoresABareDoctypeWithoutReadingIt() {
        var netscape = """
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://127.0.0.1:1/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Old &amp; fine</title><link>https://old.example</link>
                <item><title>One</title><link>https://old.example/1</link></item></channel></rss>""";

        var feed = parse(netscape);

        assertThat(feed.title()).isEqualTo("Old & fine");
        assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly("https://old.example/1");
    }

    @Test
    void readsAtomEntriesAsPlainText() {
        var atom = """
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
                  <title>Blog</title><link href="https://blog.example/"/>
                  <entry><id>tag:blog.example,2026:1</id><title>Panne</title><link href="/posts/1"/>
                    <author><name>Zoé</name></author><published>2026-11-20T08:00:00Z</published>
                    <content type="html">&lt;p&gt;Acme est &lt;b&gt;en panne&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</content></entry>
                </feed>""";

        var entry = parse(atom).entries().getFirst();

        assertThat(entry.id()).isEqualTo("tag:blog.example,2026:1");
        assertThat(entry.link()).isEqualTo("https://blog.example/posts/1");
        assertThat(entry.author()).isEqualTo("Zoé");
        assertThat(entry.published()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(entry.text()).isEqualTo("Acme est en panne");
        assertThat(entry.language()).isEqualTo("fr");
    }

    @Test
    void readsJsonFeed() {
        var json = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "J", "language": "en",
                 "items": [{"id": "1", "url": "https://j.example/1", "content_html": "<p>Hello <i>acme</i></p>",
                            "date_published": "2026-11-20T08:00:00+01:00", "authors": [{"name": "Jo"}]}]}""";

        var entry = parse(json).entries().getFirst();

        assertThat(entry.text()).isEqualTo("Hello acme");
        assertThat(entry.author()).isEqualTo("Jo");
        assertThat(entry.published()).isEqualTo(Instant.parse("2026-11-20T07:00:00Z"));
    }

    @Test
    void readsABrokenFeedBestEffortAndSaysWhy() {
        var broken = "<rss version=\"2.0\"><channel><title>Broken</title><item><title>Still here</title><description>a &nbsp b & c</description></item></channel>";

        var feed = parse(broken);

        assertThat(feed.problem()).startsWith("Not well-formed XML");
        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Still here");
    }

    @Test
    void saysWhatADocumentIsWhenItIsNotAFeed() {
        assertThatThrownBy(() -> parse("<html><body>hi</body></html>")).isInstanceOf(FeedUnreadable.class).hasMessageContaining("<html>");
    }
}
