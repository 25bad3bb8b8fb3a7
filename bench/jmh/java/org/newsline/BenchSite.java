package org.newsline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application, started for a benchmark on the corpus database named by the system property
 * {@code newsline.jmh.home} (a {@code NEWSLINE_HOME} made by {@code bench/corpus}), with the page cache off
 * and an HTTP port of its own choosing. Benchmarks then call its beans directly.
 */
public final class BenchSite {

    private BenchSite() {}

    public static ConfigurableApplicationContext start() {
        String home = System.getProperty("newsline.jmh.home", "/tmp/newsline-bench-100000");
        if (!Files.isDirectory(Path.of(home, "pg"))) {
            throw new IllegalStateException("No corpus database in " + home + "; run bench/corpus first");
        }
        return new SpringApplicationBuilder(NewslineApplication.class)
                .properties(
                        "newsline.home=" + home,
                        "newsline.demo.enabled=false",
                        "newsline.cache.enabled=false",
                        "server.port=0",
                        "logging.level.root=WARN")
                .run();
    }
}
