package org.newsline.feed;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes sitemap XML with StAX straight to the response, which escapes every value; nothing is built in
 * memory first.
 */
final class SitemapWriter implements AutoCloseable {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final UnaryOperator<String> absolute;
    private final ZoneId zone;

    private SitemapWriter(XMLStreamWriter xml, UnaryOperator<String> absolute, ZoneId zone) {
        this.xml = xml;
        this.absolute = absolute;
        this.zone = zone;
    }

    /** Starts a {@code <urlset>} (with the namespaces its entries use) or a {@code <sitemapindex>}. */
    static SitemapWriter start(OutputStream out, String root, UnaryOperator<String> absolute, ZoneId zone) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(SITEMAP_NS);
            if (root.equals("urlset")) {
                xml.writeNamespace("xhtml", XHTML_NS);
                xml.writeNamespace("image", IMAGE_NS);
                xml.writeNamespace("news", NEWS_NS);
            }
            return new SitemapWriter(xml, absolute, zone);
        } catch (XMLStreamException e) {
            throw new SitemapWriteException(e);
        }
    }

    /** A sitemap in an index. */
    void sitemap(String path, Instant lastModified) {
        try {
            xml.writeStartElement("sitemap");
            element("loc", absolute.apply(path));
            if (lastModified != null) {
                element("lastmod", date(lastModified));
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new SitemapWriteException(e);
        }
    }

    /** A story, with its language versions and its photo. */
    void url(SitemapEntry entry) {
        try {
            xml.writeStartElement("url");
            element("loc", absolute.apply(entry.path()));
            element("lastmod", date(entry.lastModified()));
            if (entry.versions().size() > 1) {
                for (SitemapEntry.Version version : entry.versions()) {
                    alternate(version.lang(), version.path());
                }
            }
            if (entry.imagePath() != null) {
                xml.writeStartElement(IMAGE_NS, "image");
                xml.writeStartElement(IMAGE_NS, "loc");
                xml.writeCharacters(absolute.apply(entry.imagePath()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new SitemapWriteException(e);
        }
    }

    /** A page that exists in every language, with all of them as alternates. */
    void page(String path, Iterable<SitemapEntry.Version> versions) {
        try {
            xml.writeStartElement("url");
            element("loc", absolute.apply(path));
            for (SitemapEntry.Version version : versions) {
                alternate(version.lang(), version.path());
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new SitemapWriteException(e);
        }
    }

    /** A story in a Google News sitemap. */
    void news(SitemapRepository.NewsEntry entry, String publication, String language) {
        try {
            xml.writeStartElement("url");
            element("loc", absolute.apply(entry.path()));
            xml.writeStartElement(NEWS_NS, "news");
            xml.writeStartElement(NEWS_NS, "publication");
            newsElement("name", publication);
            newsElement("language", language);
            xml.writeEndElement();
            newsElement("publication_date", date(entry.publishAt()));
            newsElement("title", entry.headline());
            xml.writeEndElement();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new SitemapWriteException(e);
        }
    }

    @Override
    public void close() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new SitemapWriteException(e);
        }
    }

    private void alternate(String lang, String path) throws XMLStreamException {
        xml.writeEmptyElement(XHTML_NS, "link");
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", lang);
        xml.writeAttribute("href", absolute.apply(path));
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void newsElement(String name, String text) throws XMLStreamException {
        xml.writeStartElement(NEWS_NS, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private String date(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(zone).withNano(0));
    }

    /** Writing failed, usually because the client went away mid-stream. */
    static final class SitemapWriteException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SitemapWriteException(XMLStreamException cause) {
            super("Cannot write sitemap: " + cause.getMessage(), cause);
        }
    }
}
