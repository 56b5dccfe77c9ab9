package org.frontline.channels.feed;

import java.util.HashMap;
import java.util.Map;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.IllegalNameException;
import org.jdom2.Namespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads XML that is not well-formed the forgiving way (jsoup's XML parser: unclosed tags are closed,
 * undeclared entities kept as text) and rebuilds it as a JDOM tree with its namespaces, so Rome can map it.
 * Declares nothing and resolves nothing: no DTD is ever read.
 */
final class LenientXml {

    private LenientXml() {}

    static Document parse(String text) {
        var parsed = Jsoup.parse(text, "", Parser.xmlParser());
        var root = parsed.children().stream().findFirst()
                .orElseThrow(() -> new FeedUnreadable("The document is empty or not XML"));
        return new Document(element(root, new HashMap<>()));
    }

    private static Element element(org.jsoup.nodes.Element source, Map<String, String> inherited) {
        var scope = new HashMap<>(inherited);
        for (var attribute : source.attributes()) {
            var key = attribute.getKey();
            if (key.equals("xmlns")) scope.put("", attribute.getValue());
            else if (key.startsWith("xmlns:")) scope.put(key.substring(6), attribute.getValue());
        }
        var element = new Element(local(source.tagName()), namespace(prefix(source.tagName()), scope));
        for (var attribute : source.attributes()) {
            var key = attribute.getKey();
            if (key.equals("xmlns") || key.startsWith("xmlns:")) continue;
            try {
                var prefix = prefix(key);
                var ns = prefix.isEmpty() ? Namespace.NO_NAMESPACE : namespace(prefix, scope);
                element.setAttribute(local(key), attribute.getValue(), ns);
            } catch (IllegalNameException e) {
                // An attribute no XML parser would accept: skip it, keep the element.
            }
        }
        for (Node child : source.childNodes()) {
            if (child instanceof org.jsoup.nodes.Element childElement) {
                try {
                    element.addContent(element(childElement, scope));
                } catch (IllegalNameException e) {
                    element.addContent(childElement.text());
                }
            } else if (child instanceof TextNode textNode) {
                element.addContent(clean(textNode.getWholeText()));
            } else if (child instanceof DataNode data) {
                element.addContent(clean(data.getWholeData()));
            } else if (child instanceof org.jsoup.nodes.CDataNode cdata) {
                element.addContent(clean(cdata.text()));
            }
        }
        return element;
    }

    private static Namespace namespace(String prefix, Map<String, String> scope) {
        var uri = scope.get(prefix);
        if (uri == null) {
            return prefix.isEmpty() ? Namespace.NO_NAMESPACE : Namespace.getNamespace(prefix, "urn:undeclared:" + prefix);
        }
        return prefix.isEmpty() ? Namespace.getNamespace(uri) : Namespace.getNamespace(prefix, uri);
    }

    private static String prefix(String name) {
        var colon = name.indexOf(':');
        return colon < 0 ? "" : name.substring(0, colon);
    }

    private static String local(String name) {
        var colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** Drops characters XML 1.0 forbids, which a broken feed may carry. */
    private static String clean(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
