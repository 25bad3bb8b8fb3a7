package org.newsline.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsline.platform.Language;
import org.newsline.platform.LocalizedText;

/** Builds stories for tests through the real {@link ArticleWriter}; every story gets a unique headline. */
public final class ArticleBuilder {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    private final ArticleWriter writer;
    private Language language = Language.EN;
    private String headline = "Test story " + RUN + " " + SEQUENCE.incrementAndGet();
    private String slug;
    private String standfirst = "A standfirst for a test story.";
    private String body = "First paragraph.\n\nSecond paragraph.";
    private String place = "Baku";
    private String category = "politics";
    private final List<Long> authors = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private Long photoId;
    private Urgency urgency = Urgency.NORMAL;
    private Instant embargoUntil;
    private Long translationSet;

    private ArticleBuilder(ArticleWriter writer) {
        this.writer = writer;
    }

    public static ArticleBuilder story(ArticleWriter writer) {
        return new ArticleBuilder(writer);
    }

    /** A fresh author with a unique slug. */
    public static Author author(CatalogWriter catalog, String role) {
        String slug = "author-" + RUN + "-" + SEQUENCE.incrementAndGet();
        return catalog.createAuthor(
                slug,
                new LocalizedText("Test Müəllif", "Тест Автор", "Test Author " + slug),
                new LocalizedText(role + " (az)", role + " (ru)", role),
                LocalizedText.of("Writes tests."));
    }

    /** A fresh tag with a unique slug. */
    public static Tag tag(CatalogWriter catalog) {
        String slug = "tag-" + RUN + "-" + SEQUENCE.incrementAndGet();
        return catalog.tag(slug, new LocalizedText("Teq " + slug, "Тег " + slug, "Tag " + slug));
    }

    /** The version the next save must be based on. */
    public static int versionOf(org.springframework.jdbc.core.simple.JdbcClient jdbc, long id) {
        return jdbc.sql("SELECT version FROM article WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    public ArticleBuilder in(Language language) {
        this.language = language;
        return this;
    }

    public ArticleBuilder headline(String headline) {
        this.headline = headline;
        return this;
    }

    public ArticleBuilder slug(String slug) {
        this.slug = slug;
        return this;
    }

    public ArticleBuilder body(String body) {
        this.body = body;
        return this;
    }

    public ArticleBuilder category(String category) {
        this.category = category;
        return this;
    }

    public ArticleBuilder by(Author author) {
        authors.add(author.id());
        return this;
    }

    public ArticleBuilder tagged(Tag tag) {
        tags.add(tag.slug());
        return this;
    }

    public ArticleBuilder photo(long photoId) {
        this.photoId = photoId;
        return this;
    }

    public ArticleBuilder urgency(Urgency urgency) {
        this.urgency = urgency;
        return this;
    }

    public ArticleBuilder embargoUntil(Instant embargoUntil) {
        this.embargoUntil = embargoUntil;
        return this;
    }

    public ArticleBuilder translationOf(long translationSetId) {
        this.translationSet = translationSetId;
        return this;
    }

    public String headline() {
        return headline;
    }

    public ArticleDraft toDraft() {
        return new ArticleDraft(
                translationSet,
                language,
                slug,
                headline,
                standfirst,
                body,
                place,
                null,
                category,
                authors,
                tags,
                photoId,
                urgency,
                embargoUntil);
    }

    /** Saves the story as a draft and returns its id. */
    public long draft() {
        return writer.create(toDraft());
    }

    /** Saves and publishes the story as of {@code publishAt}; returns its id. */
    public long publishedAt(Instant publishAt) {
        long id = draft();
        writer.publish(id, publishAt);
        return id;
    }
}
