package org.newsline.feed;

import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Credit;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndImage;
import com.rometools.rome.feed.synd.SyndImageImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** Writes RSS 2.0 and Atom 1.0 with ROME, which does all the escaping and date formatting. */
final class SyndicationWriter {

    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private SyndicationWriter() {}

    /**
     * @param absolute turns a site path into an absolute address
     * @param guidPrefix prefix of every GUID, followed by the story id
     * @param fullText whether items carry the whole story
     */
    static byte[] write(
            FeedFormat format,
            FeedHeader header,
            List<FeedItem> items,
            UnaryOperator<String> absolute,
            String guidPrefix,
            boolean fullText) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format == FeedFormat.ATOM ? "atom_1.0" : "rss_2.0");
        feed.setEncoding("UTF-8");
        feed.setTitle(header.title());
        feed.setDescription(header.description());
        feed.setLanguage(header.language());
        feed.setLink(header.pageUrl());
        feed.setUri(header.id());
        feed.setPublishedDate(Date.from(header.updated()));
        feed.setGenerator("Newsline");
        SyndImage logo = new SyndImageImpl();
        logo.setUrl(header.logoUrl());
        logo.setTitle(header.title());
        logo.setLink(header.pageUrl());
        if (format == FeedFormat.ATOM) {
            // Atom needs an author for every entry; the agency stands for stories without a byline. (RSS would
            // turn it into managingEditor, which must be an e-mail address.)
            SyndPerson publisher = new SyndPersonImpl();
            publisher.setName(header.publisher());
            feed.setAuthors(List.of(publisher));
            feed.setIcon(logo);
            List<SyndLink> links = new ArrayList<>();
            links.add(link("alternate", header.pageUrl(), "text/html"));
            links.add(link("self", header.selfUrl(), format.mediaType()));
            if (header.hubUrl() != null) {
                links.add(link("hub", header.hubUrl(), null));
            }
            feed.setLinks(links);
        } else {
            feed.setImage(logo);
            // RSS has no self or hub link of its own; the Atom namespace's link is the common convention.
            List<Element> markup = new ArrayList<>();
            markup.add(atomLink("self", header.selfUrl(), format.mediaType()));
            if (header.hubUrl() != null) {
                markup.add(atomLink("hub", header.hubUrl(), null));
            }
            feed.setForeignMarkup(markup);
        }
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedItem item : items) {
            entries.add(entry(format, item, absolute, guidPrefix, fullText));
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the " + format.label() + " feed " + header.selfUrl(), e);
        }
    }

    private static SyndEntry entry(
            FeedFormat format, FeedItem item, UnaryOperator<String> absolute, String guidPrefix, boolean fullText) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(item.headline());
        entry.setLink(absolute.apply(item.path()));
        entry.setUri(guidPrefix + item.id());
        entry.setPublishedDate(Date.from(item.publishAt()));
        entry.setUpdatedDate(Date.from(item.modifiedAt()));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(item.standfirst().isBlank() ? item.headline() : item.standfirst());
        entry.setDescription(summary);
        if (fullText && item.bodyHtml() != null) {
            SyndContent body = new SyndContentImpl();
            body.setType("html");
            body.setValue(item.bodyHtml());
            entry.setContents(List.of(body));
        }
        List<SyndPerson> authors = new ArrayList<>();
        for (FeedItem.Byline byline : item.authors()) {
            SyndPerson person = new SyndPersonImpl();
            person.setName(byline.name());
            person.setUri(absolute.apply(byline.path()));
            authors.add(person);
        }
        if (format == FeedFormat.ATOM) {
            entry.setAuthors(authors);
        } else {
            // RSS's own <author> must be an e-mail address; bylines go into Dublin Core's creator instead.
            DCModule dublinCore = (DCModule) entry.getModule(DCModule.URI);
            dublinCore.setCreators(
                    item.authors().stream().map(FeedItem.Byline::name).toList());
        }
        List<SyndCategory> categories = new ArrayList<>();
        categories.add(category(item.category().name().in(item.language())));
        item.tags().forEach(tag -> categories.add(category(tag)));
        entry.setCategories(categories);
        if (item.photo() != null) {
            photo(entry, item.photo(), absolute.apply(item.photo().path()));
        }
        return entry;
    }

    /** The photo twice: as an enclosure (what most readers show) and as Media RSS, which carries the credit. */
    private static void photo(SyndEntry entry, FeedItem.FeedPhoto photo, String url) {
        SyndEnclosure enclosure = new SyndEnclosureImpl();
        enclosure.setUrl(url);
        enclosure.setType(photo.contentType());
        enclosure.setLength(photo.byteSize());
        entry.setEnclosures(List.of(enclosure));

        MediaContent content = new MediaContent(new UrlReference(URI.create(url)));
        content.setType(photo.contentType());
        content.setMedium("image");
        content.setWidth(photo.width());
        content.setHeight(photo.height());
        content.setFileSize(photo.byteSize());
        Metadata metadata = new Metadata();
        if (photo.credit() != null && !photo.credit().isBlank()) {
            metadata.setCredits(new Credit[] {new Credit(null, null, photo.credit())});
        }
        if (photo.caption() != null && !photo.caption().isBlank()) {
            metadata.setDescription(photo.caption());
        }
        content.setMetadata(metadata);
        MediaEntryModuleImpl media = new MediaEntryModuleImpl();
        media.setMediaContents(new MediaContent[] {content});
        entry.getModules().add(media);
    }

    private static SyndCategory category(String name) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(name);
        return category;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static Element atomLink(String rel, String href, String type) {
        Element link = new Element("link", ATOM);
        link.setAttribute("rel", rel);
        link.setAttribute("href", href);
        if (type != null) {
            link.setAttribute("type", type);
        }
        return link;
    }
}
