package org.newsline.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.newsline.article.Author;
import org.newsline.article.PublishedStory;
import org.newsline.article.Tag;
import org.newsline.platform.Language;

/** Turns a published story into its index document. */
final class StoryDocuments {

    private StoryDocuments() {}

    static Term idTerm(long id) {
        return new Term(Fields.ID, Long.toString(id));
    }

    static Document of(PublishedStory story) {
        Language language = story.language();
        Document doc = new Document();
        doc.add(new KeywordField(Fields.ID, Long.toString(story.id()), Field.Store.YES));
        doc.add(new KeywordField(Fields.LANGUAGE, language.code(), Field.Store.NO));
        doc.add(new KeywordField(Fields.CATEGORY, story.category().slug(), Field.Store.NO));
        for (Author author : story.authors()) {
            doc.add(new KeywordField(Fields.AUTHOR, author.slug(), Field.Store.NO));
        }
        for (Tag tag : story.tags()) {
            doc.add(new KeywordField(Fields.TAG, tag.slug(), Field.Store.NO));
        }
        doc.add(new LongField(Fields.PUBLISHED, story.publishAt().toEpochMilli(), Field.Store.NO));
        doc.add(new LongPoint(Fields.VISIBLE_FROM, story.visibleFrom().toEpochMilli()));

        doc.add(new TextField(Fields.headline(language), story.headline(), Field.Store.NO));
        doc.add(new TextField(Fields.standfirst(language), story.standfirst(), Field.Store.NO));
        doc.add(new TextField(Fields.body(language), story.bodyText(), Field.Store.NO));
        String meta = meta(story);
        doc.add(new TextField(Fields.meta(language), meta, Field.Store.NO));
        String all = story.headline() + "\n" + story.standfirst() + "\n" + story.bodyText() + "\n" + meta;
        if (language == Language.AZ) {
            doc.add(new TextField(Fields.FOLDED, all, Field.Store.NO));
        }
        doc.add(new TextField(Fields.NAMES, all, Field.Store.NO));
        doc.add(new StoredField(Fields.TEXT, snippetSource(story)));
        return doc;
    }

    /** The text snippets are cut from: the standfirst, then the body. */
    static String snippetSource(PublishedStory story) {
        return story.standfirst().isBlank() ? story.bodyText() : story.standfirst() + "\n\n" + story.bodyText();
    }

    private static String meta(PublishedStory story) {
        Language language = story.language();
        List<String> parts = new ArrayList<>();
        for (Author author : story.authors()) {
            parts.add(author.name().in(language));
        }
        for (Tag tag : story.tags()) {
            parts.add(tag.name().in(language));
        }
        parts.add(story.category().name().in(language));
        parts.add(story.datelinePlace());
        return String.join("\n", parts);
    }
}
