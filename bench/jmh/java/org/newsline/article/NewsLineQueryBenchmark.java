package org.newsline.article;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.newsline.BenchSite;
import org.newsline.platform.Language;
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

/**
 * The News Line query (30 visible stories newest first, with category and photo) against the embedded
 * PostgreSQL of the corpus: the first page, and page 500 through its keyset cursor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class NewsLineQueryBenchmark {

    private static final int PAGE = 30;

    private ConfigurableApplicationContext site;
    private ArticleRepository articles;
    private Cursor page500;

    @Setup
    public void start() {
        site = BenchSite.start();
        articles = site.getBean(ArticleRepository.class);
        Cursor cursor = null;
        for (int page = 1; page < 500; page++) {
            List<ArticleSummary> shown =
                    articles.list(Language.EN, ListFilter.all(), Optional.ofNullable(cursor), PAGE);
            if (shown.size() < PAGE) {
                throw new IllegalStateException("The corpus has fewer than 500 pages of English stories");
            }
            cursor = Cursor.after(shown.get(PAGE - 1));
        }
        page500 = cursor;
    }

    @TearDown
    public void stop() {
        site.close();
    }

    @Benchmark
    public List<ArticleSummary> firstPage() {
        return articles.list(Language.EN, ListFilter.all(), Optional.empty(), PAGE + 1);
    }

    @Benchmark
    public List<ArticleSummary> page500() {
        return articles.list(Language.EN, ListFilter.all(), Optional.of(page500), PAGE + 1);
    }
}
