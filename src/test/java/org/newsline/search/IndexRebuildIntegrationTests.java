package org.newsline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.article.ArticleWriter;
import org.newsline.platform.NewslineProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

@IntegrationTest
class IndexRebuildIntegrationTests {

    @Autowired
    SearchIndex index;

    @Autowired
    SearchService search;

    @Autowired
    ArticleWriter writer;

    @Autowired
    MutableClock clock;

    @Autowired
    NewslineProperties properties;

    private List<Long> found(String text) {
        return search.search(SearchRequest.parse(text, null, null, null, null, null, null)).hits().stream()
                .map(hit -> hit.story().id())
                .toList();
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!index.isReady() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(index.isReady()).as("index ready again").isTrue();
    }

    private long publishedAndIndexed(String headline) throws InterruptedException {
        long id = story(writer).headline(headline).publishedAt(clock.instant());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!found(headline).contains(id) && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        return id;
    }

    @Test
    void aDeletedIndexIsRebuiltOnRestartWithoutManualSteps() throws Exception {
        long id = publishedAndIndexed("Lighthouse keeper retires zqdeleted");
        Path folder = properties.home().resolve("index");

        index.stop();
        FileSystemUtils.deleteRecursively(folder);
        index.start();
        awaitReady();

        assertThat(found("zqdeleted")).containsExactly(id);
        assertThat(folder).isDirectory();
    }

    @Test
    void aCorruptIndexIsRebuiltOnRestart() throws Exception {
        long id = publishedAndIndexed("Vineyard harvest begins zqcorrupt");
        Path folder = properties.home().resolve("index");

        index.stop();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.writeString(file, "not a Lucene commit");
            }
        }
        index.start();
        awaitReady();

        assertThat(found("zqcorrupt")).containsExactly(id);
    }

    @Test
    void changesDuringARebuildAreNotLost() throws Exception {
        publishedAndIndexed("Bridge opens zqduring");

        var rebuild = index.rebuild();
        long during = story(writer).headline("Tunnel opens zqduring").publishedAt(clock.instant());
        rebuild.join();

        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (!found("zqduring").contains(during) && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        assertThat(found("zqduring")).hasSize(2).contains(during);
    }

    @Test
    void searchesSayTheIndexIsBeingRebuiltWhileThereIsNone() {
        index.stop();
        try {
            SearchResults results = search.search(SearchRequest.parse("anything", null, null, null, null, null, null));
            assertThat(results.rebuilding()).isTrue();
        } finally {
            index.start();
        }
    }
}
