package org.newsline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.QueryCounter;
import org.newsline.SiteClient;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleWriter;
import org.newsline.article.Author;
import org.newsline.article.CatalogWriter;
import org.newsline.article.Tag;
import org.newsline.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each public page costs a fixed, small number of queries, however much data it shows. */
@IntegrationTest
class QueryBudgetIntegrationTests {

    static final int BUDGET = 14;

    /**
     * An article page: the story with its bylines, tags and corrections, its translations, related stories,
     * speakers, reviews and the review form's state; sections are kept, not read per page.
     */
    static final int ARTICLE_BUDGET = 7;

    @Autowired
    ArticleWriter writer;

    @Autowired
    CatalogWriter catalog;

    @Autowired
    ArticlePaths paths;

    @LocalServerPort
    int port;

    private long queries(String path) {
        SiteClient site = new SiteClient(port);
        long before = QueryCounter.statements();
        assertThat(site.get(path).statusCode()).as(path).isEqualTo(200);
        return QueryCounter.statements() - before;
    }

    private long queriesAfterAdding(String path, Supplier<?> moreData) {
        queries(path);
        moreData.get();
        return queries(path);
    }

    @Test
    void listPagesCostTheSameWithMoreStories() {
        Author author = ArticleBuilder.author(catalog, "Counter");
        Tag tag = ArticleBuilder.tag(catalog);
        story(writer).by(author).tagged(tag).publishedAt(Instant.now());
        for (String path : new String[] {
            "/en/",
            "/en/news-line",
            "/en/politics/",
            paths.author(Language.EN, author.slug()),
            paths.tag(Language.EN, tag.slug())
        }) {
            long few = queries(path);
            long many = queriesAfterAdding(path, () -> {
                for (int i = 0; i < 25; i++) {
                    story(writer).by(author).tagged(tag).publishedAt(Instant.now());
                }
                return null;
            });
            assertThat(many).as(path).isPositive().isEqualTo(few).isLessThanOrEqualTo(BUDGET);
        }
    }

    @Test
    void anArticleCostsTheSameWithMoreBylinesTagsAndTranslations() {
        Instant at = Instant.now().minusSeconds(30);
        String slug = "budgeted-" + System.nanoTime();
        long id = story(writer)
                .slug(slug)
                .by(ArticleBuilder.author(catalog, "One"))
                .publishedAt(at);
        String path = paths.article(Language.EN, at, slug);
        // A page's steady cost: what a process reads once, or again only after a change (the entity registry for
        // mentions), is read by the first request and not counted here.
        queries(path);
        long simple = queries(path);

        ArticleBuilder richer = story(writer)
                .slug(slug)
                .by(ArticleBuilder.author(catalog, "One"))
                .by(ArticleBuilder.author(catalog, "Two"))
                .by(ArticleBuilder.author(catalog, "Three"))
                .tagged(ArticleBuilder.tag(catalog))
                .tagged(ArticleBuilder.tag(catalog))
                .tagged(ArticleBuilder.tag(catalog));
        writer.update(id, richer.toDraft(), 2);
        writer.correct(id, "One.");
        writer.correct(id, "Two.");
        story(writer)
                .in(Language.RU)
                .translationOf(articles.translationSetOf(id))
                .publishedAt(at);

        queries(path);
        assertThat(queries(path)).isPositive().isEqualTo(simple).isLessThanOrEqualTo(ARTICLE_BUDGET);
    }

    @Autowired
    org.newsline.article.ArticleRepository articles;
}
