package org.frontline.ideas.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Customer Markdown to HTML that is safe to put in a page: raw HTML in the source is escaped by the
 * renderer, and the rendered HTML is then cleaned against an allow-list (no scripts, styles, images,
 * event handlers or non-http links), so a renderer bug cannot open a hole either. Links get
 * {@code rel="nofollow noopener noreferrer ugc"}: spam earns no search ranking here.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak("<br>").build();
    private static final Safelist SAFE = Safelist.basic()
            .addTags("h3", "h4", "pre", "hr")
            .removeProtocols("a", "href", "ftp", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer ugc");

    private Markdown() {}

    public static String toSafeHtml(String markdown) {
        var html = RENDERER.render(PARSER.parse(markdown));
        var dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(SAFE).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Plain text for feeds' summaries and mails: the Markdown rendered and stripped of markup. */
    public static String toText(String markdown, int maxLength) {
        var text = Jsoup.parse(RENDERER.render(PARSER.parse(markdown))).text();
        return text.length() > maxLength ? text.substring(0, maxLength - 1) + "…" : text;
    }
}
