package org.newsline.wire;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsline.wire.WireItem.Subject;

/**
 * Writes items as IPTC NewsML-G2 2.35 {@code newsItem}s (power conformance), and pull pages as a
 * {@code newsMessage}. The body travels as escaped HTML in {@code inlineData}: the sanitiser's HTML is not
 * guaranteed to be well-formed XHTML, and escaping keeps the document valid whatever the story contains.
 */
final class NewsmlWriter {

    static final String NAR = "http://iptc.org/std/nar/2006-10-01/";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    String write(WireItem item) {
        return document(xml -> item(xml, item, true));
    }

    /** A pull page: the items in a news message whose transmit id is the cursor to continue from. */
    String page(List<WireItem> items, String next, Instant sent) {
        return document(xml -> {
            xml.writeStartElement("newsMessage");
            xml.writeDefaultNamespace(NAR);
            xml.writeStartElement("header");
            element(xml, "sent", NinjsWriter.time(sent));
            element(xml, "transmitId", next);
            xml.writeEndElement();
            xml.writeStartElement("itemSet");
            for (WireItem item : items) {
                item(xml, item, false);
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String document(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.setDefaultNamespace(NAR);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write NewsML-G2", e);
        }
        return out.toString();
    }

    private static void item(XMLStreamWriter xml, WireItem item, boolean root) throws XMLStreamException {
        xml.writeStartElement("newsItem");
        if (root) {
            xml.writeDefaultNamespace(NAR);
        }
        xml.writeAttribute("guid", item.guid());
        xml.writeAttribute("version", Integer.toString(item.version()));
        xml.writeAttribute("standard", "NewsML-G2");
        xml.writeAttribute("standardversion", "2.35");
        xml.writeAttribute("conformance", "power");
        xml.writeAttribute("xml", XML, "lang", item.language().code());
        empty(xml, "catalogRef", "href", "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml");
        itemMeta(xml, item);
        contentMeta(xml, item);
        xml.writeStartElement("contentSet");
        xml.writeStartElement("inlineData");
        xml.writeAttribute("contenttype", "text/html");
        xml.writeCharacters(clean(item.bodyHtml()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void itemMeta(XMLStreamWriter xml, WireItem item) throws XMLStreamException {
        xml.writeStartElement("itemMeta");
        empty(xml, "itemClass", "qcode", "ninat:text");
        empty(xml, "provider", "literal", "Newsline");
        element(xml, "versionCreated", NinjsWriter.time(item.versionCreated()));
        element(xml, "firstCreated", NinjsWriter.time(item.firstCreated()));
        if (item.embargoUntil() != null) {
            element(xml, "embargoed", NinjsWriter.time(item.embargoUntil()));
        }
        empty(xml, "pubStatus", "qcode", "stat:" + item.pubStatus());
        if (!item.edNote().isEmpty()) {
            element(xml, "edNote", item.edNote());
        }
        if (item.photo() != null) {
            xml.writeStartElement("link");
            xml.writeAttribute("rel", "irel:associatedWith");
            xml.writeAttribute("residref", item.photo().uri());
            xml.writeAttribute("href", item.photo().href());
            xml.writeAttribute("contenttype", item.photo().contentType());
            if (!item.photo().caption().isBlank()) {
                element(xml, "title", item.photo().caption());
            }
            empty(xml, "itemClass", "qcode", "ninat:picture");
            if (!item.photo().credit().isBlank()) {
                element(xml, "creditline", item.photo().credit());
            }
            xml.writeEndElement();
        }
        xml.writeStartElement("link");
        xml.writeAttribute("rel", "irel:seeAlso");
        xml.writeAttribute("href", item.webUrl());
        xml.writeAttribute("contenttype", "text/html");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void contentMeta(XMLStreamWriter xml, WireItem item) throws XMLStreamException {
        xml.writeStartElement("contentMeta");
        element(xml, "urgency", Integer.toString(item.urgency()));
        if (!item.located().isBlank()) {
            named(xml, "located", item.located(), item.located());
        }
        for (String byline : item.bylines()) {
            named(xml, "creator", byline, byline);
        }
        empty(xml, "language", "tag", item.language().code());
        subject(xml, item.category());
        for (Subject tag : item.tags()) {
            subject(xml, tag);
        }
        for (WireItem.Mention mention : item.mentions()) {
            xml.writeStartElement("subject");
            xml.writeAttribute("type", mention.conceptType());
            xml.writeAttribute("literal", mention.kind() + ":" + mention.slug());
            element(xml, "name", mention.name());
            xml.writeEndElement();
        }
        element(xml, "headline", item.headline());
        if (!item.located().isBlank()) {
            element(xml, "dateline", item.located());
        }
        if (!item.bylines().isEmpty()) {
            element(xml, "by", String.join(", ", item.bylines()));
        }
        if (!item.standfirst().isBlank()) {
            xml.writeStartElement("description");
            xml.writeAttribute("role", "drol:summary");
            xml.writeCharacters(clean(item.standfirst()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void subject(XMLStreamWriter xml, Subject subject) throws XMLStreamException {
        xml.writeStartElement("subject");
        xml.writeAttribute("type", "cpnat:abstract");
        xml.writeAttribute("literal", subject.scheme() + ":" + subject.slug());
        element(xml, "name", subject.name());
        xml.writeEndElement();
    }

    private static void named(XMLStreamWriter xml, String element, String literal, String name)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("literal", clean(literal));
        element(xml, "name", name);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    /** Drops the characters XML 1.0 cannot carry at all (control characters other than tab and newlines). */
    static String clean(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    private static void empty(XMLStreamWriter xml, String name, String attribute, String value)
            throws XMLStreamException {
        xml.writeEmptyElement(name);
        xml.writeAttribute(attribute, value);
    }
}
