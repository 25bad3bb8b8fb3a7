package org.newsline.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsline.platform.Language;

/**
 * The index's field names. Text fields carry the language in their name ({@code headline.az}), so that each
 * is analysed by its language's rules and a query reaches every language by naming all of them.
 */
final class Fields {

    /** Story id: one document per story. */
    static final String ID = "id";

    static final String LANGUAGE = "language";
    static final String CATEGORY = "category";
    static final String AUTHOR = "author";
    static final String TAG = "tag";

    /** Publish time in epoch milliseconds: sorting, date facets. */
    static final String PUBLISHED = "published";

    /** When readers may first see the story, epoch milliseconds: the visibility filter. */
    static final String VISIBLE_FROM = "visible_from";

    /** Standfirst and body as plain text, stored for snippets and related stories; not searched itself. */
    static final String TEXT = "text";

    /** Azerbaijani text with its letters folded to plain Latin. */
    static final String FOLDED = "folded";

    /** Sound keys of capitalised words, in every language: names across scripts. */
    static final String NAMES = "names";

    /** Bumped when analysis or fields change, so that an index built by older code is rebuilt. */
    static final String SCHEMA_VERSION = "1";

    private Fields() {}

    static String headline(Language language) {
        return "headline." + language.code();
    }

    static String standfirst(Language language) {
        return "standfirst." + language.code();
    }

    static String body(Language language) {
        return "body." + language.code();
    }

    /** Bylines, tags, section and dateline place in the story's language. */
    static String meta(Language language) {
        return "meta." + language.code();
    }

    /** Which fields a reader's words are looked for in, and how much a match in each counts. */
    static Map<String, Float> queryWeights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            weights.put(headline(language), 3.0f);
            weights.put(standfirst(language), 1.5f);
            weights.put(body(language), 1.0f);
            weights.put(meta(language), 1.2f);
        }
        weights.put(FOLDED, 0.6f);
        weights.put(NAMES, 0.8f);
        return weights;
    }

    /** The language code of a language's text field ({@code body.ru} gives {@code ru}); null for other fields. */
    static String languageOf(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? null : field.substring(dot + 1);
    }

    /** The kind of analysis behind a text field, for matching highlighted words to query terms. */
    static String kind(String field) {
        if (field.equals(FOLDED)) {
            return "f";
        }
        if (field.equals(NAMES)) {
            return "n";
        }
        return field.contains(".") ? "s" : null;
    }
}
