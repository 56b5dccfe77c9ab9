package org.frontline.channels.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.frontline.channels.internal.SafeText;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jspecify.annotations.Nullable;

/**
 * RSS, RDF and Atom through Rome, on a parser we harden ourselves: a DOCTYPE with an internal subset (the
 * only way to declare entities, hence XXE and "billion laughs") is refused outright, a bare DOCTYPE is
 * dropped unread, and the SAX parser is told to refuse any DTD and resolve nothing external on top.
 */
final class XmlFeedReader {

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final List<String> BODY_ELEMENTS = List.of("content", "body", "fullitem", "description", "summary");
    private static final Pattern MAIL_THEN_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
    private static final Pattern NAME_THEN_MAIL = Pattern.compile("(.+?)\\s*\\(\\S+@\\S+\\)");

    private XmlFeedReader() {}

    static ParsedFeed read(byte[] body, @Nullable String contentType) {
        var text = withoutBareDoctype(decode(body, contentType));
        Document document;
        String problem = null;
        try {
            document = strict(text);
        } catch (JDOMException | IOException notWellFormed) {
            // Like feed readers people use every day, read what can be read and say what was wrong.
            problem = "Not well-formed XML, read best-effort: " + firstLine(notWellFormed.getMessage());
            document = lenient(text);
        }
        try {
            return map(wire(document), document, problem);
        } catch (FeedUnreadable e) {
            throw e;
        } catch (RuntimeException e) {
            // Rome trusts structure it does not check (an <rss> without <channel>, bad base64): say so.
            throw new FeedUnreadable("The feed's structure cannot be read (" + structureHint(document) + ")", e);
        }
    }

    private static String structureHint(Document document) {
        var root = document.getRootElement();
        if (root.getName().equalsIgnoreCase("rss") && root.getChild("channel", root.getNamespace()) == null) {
            return "the <rss> element has no <channel>";
        }
        return "an element of <" + root.getName() + "> is missing or malformed";
    }

    private static String decode(byte[] body, @Nullable String contentType) {
        try (var reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(body), true)
                : new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            var out = new StringBuilder(body.length);
            var buffer = new char[8192];
            for (var n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        } catch (IOException unknownEncoding) {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Refuses a DOCTYPE that can declare entities; removes one that cannot, so it is never read. */
    static String withoutBareDoctype(String text) {
        var matcher = DOCTYPE.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        var end = text.indexOf('>', matcher.start());
        var subset = text.indexOf('[', matcher.start());
        if (end < 0 || subset >= 0 && subset < end) {
            throw new FeedUnreadable("The feed declares a DTD: DTDs and entity declarations are refused (XXE and entity-expansion protection)");
        }
        return text.substring(0, matcher.start()) + text.substring(end + 1);
    }

    private static Document strict(String text) throws JDOMException, IOException {
        var builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new IOException("External entities are never resolved");
        });
        // Rome's fixer turns HTML entities such as &nbsp; into character references XML understands.
        return builder.build(new XmlFixerReader(new StringReader(text)));
    }

    private static Document lenient(String text) {
        try {
            return LenientXml.parse(text);
        } catch (RuntimeException e) {
            throw new FeedUnreadable("The document is not XML that can be read, even best-effort", e);
        }
    }

    private static WireFeed wire(Document document) {
        try {
            return new WireFeedInput(false, Locale.US).build(document);
        } catch (IllegalArgumentException | FeedException e) {
            var root = document.hasRootElement() ? document.getRootElement() : null;
            if (root != null && root.getName().equals("feed") && root.getNamespaceURI().isEmpty()) {
                // An Atom feed that forgot its namespace: read it as Atom 1.0 rather than not at all.
                adopt(root, Namespace.getNamespace(ATOM));
                return wire(document);
            }
            throw notAFeed(root == null ? "" : root.getName());
        }
    }

    private static void adopt(Element element, Namespace namespace) {
        if (element.getNamespaceURI().isEmpty()) {
            element.setNamespace(namespace);
        }
        element.getChildren().forEach(child -> adopt(child, namespace));
    }

    /** The item or entry elements in document order, to find what Rome left aside. */
    private static List<Element> entryElements(Element root) {
        if (root.getName().equals("feed")) {
            return root.getChildren("entry", root.getNamespace());
        }
        var channel = root.getChild("channel", root.getNamespace());
        var items = channel == null ? List.<Element>of() : channel.getChildren("item", root.getNamespace());
        if (!items.isEmpty()) {
            return items;
        }
        return root.getChildren().stream().filter(c -> c.getName().equals("item")).toList();
    }

    private static FeedUnreadable notAFeed(String root) {
        return new FeedUnreadable(root.isEmpty()
                ? "The document is empty or not XML"
                : "The document is not an RSS, RDF or Atom feed (its root element is <" + root + ">)");
    }

    private static ParsedFeed map(WireFeed wire, Document document, @Nullable String problem) {
        var feed = new SyndFeedImpl(wire, true);
        var base = absolute(feed.getLink());
        var language = language(feed.getLanguage(), document.getRootElement());
        var entries = new ArrayList<FeedEntry>();
        var elements = entryElements(document.getRootElement());
        var syndEntries = feed.getEntries();
        for (var i = 0; i < syndEntries.size(); i++) {
            entries.add(entry(syndEntries.get(i), base, language, i < elements.size() ? elements.get(i) : null));
        }
        return new ParsedFeed(wire.getFeedType(), blankToNull(text(feed.getTitleEx(), feed.getTitle())), blankToNull(feed.getLink()),
                language, entries, problem);
    }

    /** The feed's language: its own element, else xml:lang on the root or on the RSS channel. */
    private static @Nullable String language(@Nullable String declared, Element root) {
        var value = declared;
        if (value == null || value.isBlank()) {
            value = root.getAttributeValue("lang", Namespace.XML_NAMESPACE);
        }
        if ((value == null || value.isBlank()) && root.getChild("channel", root.getNamespace()) != null) {
            value = root.getChild("channel", root.getNamespace()).getAttributeValue("lang", Namespace.XML_NAMESPACE);
        }
        return value == null || value.isBlank() ? null : value.strip().matches("[A-Za-z]{2,3}_[A-Za-z]{2}") ? value.strip().replace("_", "-") : value.strip();
    }

    private static FeedEntry entry(SyndEntry entry, @Nullable URI base, @Nullable String language, @Nullable Element source) {
        var person = entry.getAuthors().isEmpty() ? null : entry.getAuthors().getFirst();
        var author = person == null ? entry.getAuthor() : person.getName() != null ? person.getName() : person.getEmail();
        var text = body(entry.getContents(), entry.getDescription());
        return new FeedEntry(
                blankToNull(ownId(entry)),
                blankToNull(text(entry.getTitleEx(), entry.getTitle())),
                link(entry.getLink(), base),
                blankToNull(personName(author)),
                person == null ? null : blankToNull(person.getUri()),
                RomeDates.of(entry, "getPublishedDate"),
                RomeDates.of(entry, "getUpdatedDate"),
                text.isEmpty() && source != null ? leftAside(source) : text,
                blankToNull(language));
    }

    /** RSS writes authors as "mail@example.com (Name)" or "Name (mail@example.com)": keep the name. */
    static @Nullable String personName(@Nullable String author) {
        if (author == null) {
            return null;
        }
        var mailFirst = MAIL_THEN_NAME.matcher(author.strip());
        if (mailFirst.matches()) {
            return mailFirst.group(1).strip();
        }
        var nameFirst = NAME_THEN_MAIL.matcher(author.strip());
        return nameFirst.matches() ? nameFirst.group(1).strip() : author.strip();
    }

    /**
     * Bodies Rome leaves aside: an XHTML {@code <body>}, a {@code <fullitem>}, a {@code dc:description}, or
     * Atom content given as markup where text was announced.
     */
    private static String leftAside(Element source) {
        for (var name : BODY_ELEMENTS) {
            for (var child : source.getChildren()) {
                if (child.getName().equals(name)) {
                    var html = child.getChildren().isEmpty()
                            ? child.getText()
                            : new XMLOutputter(Format.getRawFormat()).outputString(child.getContent());
                    var text = SafeText.fromHtml(html);
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
        }
        return "";
    }

    /** The entry's own id: RSS guid (or RSS 1.0 rdf:about), Atom id. Rome's uri falls back to the link. */
    private static @Nullable String ownId(SyndEntry entry) {
        return switch (entry.getWireEntry()) {
            case Item item when item.getGuid() != null -> item.getGuid().getValue();
            case Item item -> item.getUri();
            case Entry atom -> atom.getId();
            case null, default -> null;
        };
    }

    private static String body(List<SyndContent> contents, @Nullable SyndContent description) {
        for (var content : contents) {
            var text = text(content, null);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        var summary = text(description, null);
        return summary == null ? "" : summary;
    }

    private static @Nullable String text(@Nullable SyndContent content, @Nullable String fallback) {
        if (content == null || content.getValue() == null) {
            return fallback == null ? null : SafeText.fromHtml(fallback);
        }
        var type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? SafeText.normalize(content.getValue()) : SafeText.fromHtml(content.getValue());
    }

    private static @Nullable String link(@Nullable String link, @Nullable URI base) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            var uri = new URI(link.strip());
            return (uri.isAbsolute() || base == null ? uri : base.resolve(uri)).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static @Nullable URI absolute(@Nullable String link) {
        try {
            var uri = link == null ? null : new URI(link.strip());
            return uri != null && uri.isAbsolute() ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unknown error";
        }
        var line = message.lines().findFirst().orElse(message);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
