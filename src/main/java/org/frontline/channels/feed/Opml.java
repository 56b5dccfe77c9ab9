package org.frontline.channels.feed;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/** OPML 1.0/2.0 subscription lists: every outline with an {@code xmlUrl}, nested or not. */
final class Opml {

    record Outline(String xmlUrl, @Nullable String title) {}

    private Opml() {}

    static List<Outline> read(byte[] document) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            var outlines = builder.parse(new ByteArrayInputStream(document)).getElementsByTagName("outline");
            var result = new ArrayList<Outline>();
            for (var i = 0; i < outlines.getLength(); i++) {
                var outline = (Element) outlines.item(i);
                var url = outline.getAttribute("xmlUrl").strip();
                if (!url.isEmpty()) {
                    var title = outline.hasAttribute("title") ? outline.getAttribute("title") : outline.getAttribute("text");
                    result.add(new Outline(url, title.isBlank() ? null : title.strip()));
                }
            }
            return result;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The platform XML parser cannot be hardened", e);
        } catch (org.xml.sax.SAXException | java.io.IOException e) {
            throw new FeedUnreadable("The file is not a readable OPML document (DTDs are refused)", e);
        }
    }

    static String write(String title, List<Outline> outlines) {
        try {
            var out = new StringWriter();
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("opml");
            xml.writeAttribute("version", "2.0");
            xml.writeStartElement("head");
            xml.writeStartElement("title");
            xml.writeCharacters(title);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("body");
            for (var outline : outlines) {
                xml.writeEmptyElement("outline");
                xml.writeAttribute("type", "rss");
                xml.writeAttribute("text", outline.title() == null ? outline.xmlUrl() : outline.title());
                xml.writeAttribute("xmlUrl", outline.xmlUrl());
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing OPML to a string cannot fail", e);
        }
    }
}
