package org.frontline.ideas.internal;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a topic list as Atom 1.0 (RFC 4287) or RSS 2.0. The XML writer escapes every text, so customer
 * titles cannot break out of the feed. Pure.
 */
public final class Feeds {

    /** One feed: its title, the page it mirrors, its own address and its topics. */
    public record FeedSpec(String title, String pageUrl, String selfUrl, String portalUrl, List<Topic> topics, Instant fallbackUpdated) {}

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    static final int SUMMARY = 1_000;

    private Feeds() {}

    public static String atom(FeedSpec feed) {
        return write(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "title", feed.title());
            // RFC 4287 §4.2.6: the id is permanent; the list's own address is.
            element(xml, "id", feed.selfUrl());
            element(xml, "updated", timestamp(updated(feed)));
            link(xml, "self", feed.selfUrl(), "application/atom+xml");
            link(xml, "alternate", feed.pageUrl(), "text/html");
            for (var topic : feed.topics()) {
                var url = feed.portalUrl() + "/t/" + topic.number();
                xml.writeStartElement("entry");
                element(xml, "title", topic.title());
                element(xml, "id", url);
                link(xml, "alternate", url, "text/html");
                element(xml, "published", timestamp(topic.createdAt()));
                element(xml, "updated", timestamp(updatedAt(topic)));
                xml.writeStartElement("author");
                element(xml, "name", topic.authorLabel());
                xml.writeEndElement();
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", topic.status().wireName());
                xml.writeAttribute("label", topic.status().label());
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(stripInvalid(summary(topic)));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    public static String rss(FeedSpec feed) {
        var rfc1123 = DateTimeFormatter.RFC_1123_DATE_TIME;
        return write(xml -> {
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeStartElement("channel");
            element(xml, "title", feed.title());
            element(xml, "link", feed.pageUrl());
            element(xml, "description", feed.title());
            element(xml, "lastBuildDate", rfc1123.format(updated(feed).atOffset(ZoneOffset.UTC)));
            for (var topic : feed.topics()) {
                var url = feed.portalUrl() + "/t/" + topic.number();
                xml.writeStartElement("item");
                element(xml, "title", topic.title());
                element(xml, "link", url);
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "true");
                xml.writeCharacters(url);
                xml.writeEndElement();
                element(xml, "pubDate", rfc1123.format(topic.createdAt().atOffset(ZoneOffset.UTC)));
                element(xml, "category", topic.status().label());
                element(xml, "description", summary(topic));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static String summary(Topic topic) {
        var answer = topic.officialAnswer() == null ? "" : "\n\nOfficial answer: " + Markdown.toText(topic.officialAnswer(), SUMMARY);
        return "[" + topic.kind().wireName() + ", " + topic.status().label() + ", " + topic.voteCount() + " votes] "
                + Markdown.toText(topic.body(), SUMMARY) + answer;
    }

    static Instant updatedAt(Topic topic) {
        return Stream.of(topic.createdAt(), topic.statusChangedAt(), topic.answeredAt())
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(topic.createdAt());
    }

    private static Instant updated(FeedSpec feed) {
        return feed.topics().stream().map(Feeds::updatedAt).max(Instant::compareTo).orElse(feed.fallbackUpdated());
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(stripInvalid(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    /** XML 1.0 cannot carry most control characters even escaped: drop them. */
    static String stripInvalid(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        var out = new StringWriter();
        try {
            var xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing a feed to memory cannot fail", e);
        }
        return out.toString();
    }
}
