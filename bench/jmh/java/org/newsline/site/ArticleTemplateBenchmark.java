package org.newsline.site;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.concurrent.TimeUnit;
import org.newsline.BenchSite;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Rendering the article page template ({@code site/article.jte} in the shared layout) with the model the
 * article controller builds for a real story of the corpus: bylines, tags, related stories, translations,
 * share links, the review form. Only the rendering is measured, not the queries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ArticleTemplateBenchmark {

    private ConfigurableApplicationContext site;
    private TemplateEngine templates;
    private Object page;

    @Setup
    public void start() {
        site = BenchSite.start();
        templates = site.getBean(TemplateEngine.class);
        String[] story = site.getBean(JdbcClient.class)
                .sql("""
                        SELECT a.lang, to_char(a.publish_at AT TIME ZONE :zone, 'YYYY MM DD'), a.slug FROM article a
                        WHERE a.status = 'published' AND a.publish_at <= now() AND a.lang = 'en'
                        ORDER BY a.photo_id IS NULL, a.publish_at DESC LIMIT 1 OFFSET 100""")
                .param("zone", site.getBean(org.newsline.article.ArticlePaths.class).zone().getId())
                .query((rs, row) -> (rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).split(" "))
                .single();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        ExtendedModelMap model = new ExtendedModelMap();
        Object view = site.getBean(ArticleController.class)
                .article(story[0], story[1], story[2], story[3], story[4], null, model);
        if (!"site/article".equals(view)) {
            throw new IllegalStateException("The article page answered " + view);
        }
        page = model.get("page");
    }

    @TearDown
    public void stop() {
        site.close();
    }

    @Benchmark
    public String renderArticlePage() {
        StringOutput out = new StringOutput(32 * 1024);
        templates.render("site/article.jte", page, out);
        return out.toString();
    }
}
