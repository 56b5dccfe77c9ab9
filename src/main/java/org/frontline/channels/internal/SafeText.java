package org.frontline.channels.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces untrusted HTML to plain text: no markup survives, script and style bodies are dropped, block
 * boundaries become line breaks. The result is text to render escaped, never HTML.
 */
public final class SafeText {

    private static final Set<String> DROPPED = Set.of(
            "script", "style", "frame", "frameset", "applet", "embed", "template", "head", "title", "link", "meta", "base");
    // Elements whose content HTML parsers keep as raw text: it is markup again, reduced the same way.
    private static final Set<String> RAW_TEXT = Set.of("iframe", "noscript", "noembed", "noframes", "xmp");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table", "section",
            "article", "header", "footer", "hr", "dd", "dt", "dl", "figure", "figcaption", "address");

    private SafeText() {}

    public static String fromHtml(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return normalize(html);
        }
        var body = Jsoup.parseBodyFragment(html).body();
        body.select(String.join(",", DROPPED)).remove();
        var out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && node.parent() instanceof Element parent && RAW_TEXT.contains(parent.normalName())) {
                    out.append(' ').append(fromHtml(text.getWholeText())).append(' ');
                } else if (node instanceof DataNode data && node.parent() instanceof Element parent && RAW_TEXT.contains(parent.normalName())) {
                    out.append(' ').append(fromHtml(data.getWholeData())).append(' ');
                } else if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element element && element.nameIs("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append('\n');
                }
            }
        }, body);
        return normalize(out.toString());
    }

    /** Collapses runs of spaces, trims each line and keeps at most one blank line between paragraphs. */
    public static String normalize(String text) {
        var lines = text.replace('\u00a0', ' ').replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        var out = new StringBuilder();
        var blank = 0;
        for (var line : lines) {
            var collapsed = line.replaceAll("[ \\t\\f\\u000B]+", " ").strip();
            if (collapsed.isEmpty()) {
                blank++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(collapsed);
            blank = 0;
        }
        return out.toString();
    }
}
