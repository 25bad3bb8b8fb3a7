package org.newsline.article;

/** Which visible stories a list shows: all of a language, or those of one category, author or tag. */
public sealed interface ListFilter {

    /** SQL condition on article {@code a}, using the parameter {@code :filterId}; constant text only. */
    String condition();

    /** The value of {@code :filterId}. */
    long filterId();

    static ListFilter all() {
        return new All();
    }

    static ListFilter category(Category category) {
        return new InCategory(category.id());
    }

    static ListFilter author(Author author) {
        return new ByAuthor(author.id());
    }

    static ListFilter tag(Tag tag) {
        return new WithTag(tag.id());
    }

    /** Every visible story of the language. */
    record All() implements ListFilter {
        @Override
        public String condition() {
            return "TRUE OR :filterId = 0";
        }

        @Override
        public long filterId() {
            return 0;
        }
    }

    /** Stories of one category. */
    record InCategory(long filterId) implements ListFilter {
        @Override
        public String condition() {
            return "a.category_id = :filterId";
        }
    }

    /** Stories with the author in their byline. */
    record ByAuthor(long filterId) implements ListFilter {
        @Override
        public String condition() {
            return "EXISTS (SELECT 1 FROM article_byline b WHERE b.article_id = a.id AND b.author_id = :filterId)";
        }
    }

    /** Stories with the tag. */
    record WithTag(long filterId) implements ListFilter {
        @Override
        public String condition() {
            return "EXISTS (SELECT 1 FROM article_tagging t WHERE t.article_id = a.id AND t.tag_id = :filterId)";
        }
    }
}
