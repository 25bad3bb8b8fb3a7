package org.newsline;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsline.search.SearchIndex;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code reindex}: rebuilds the search index from the database with a progress bar on standard error, then
 * exits. Starts the application without its web server; stop the site on this machine first, since a node's
 * index can be open in one process only.
 */
@Command(
        name = "reindex",
        description = "Rebuild the search index from the database, then exit.",
        mixinStandardHelpOptions = true)
final class Reindex implements Callable<Integer> {

    private static final int BAR = 40;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        SpringApplication application = new SpringApplication(NewslineApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        ConfigurableApplicationContext context;
        try {
            context = application.run(springArgs.toArray(String[]::new));
        } catch (RuntimeException startupFailure) {
            return 1;
        }
        try (context) {
            SearchIndex index = context.getBean(SearchIndex.class);
            long started = System.nanoTime();
            CompletableFuture<Void> rebuild = index.rebuild();
            PrintStream err = System.err;
            while (true) {
                try {
                    rebuild.get(200, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException stillRunning) {
                    index.rebuildProgress().ifPresent(p -> err.print("\r" + bar(p[0], p[1])));
                } catch (ExecutionException e) {
                    err.println();
                    err.println("Reindexing failed: " + e.getCause());
                    return 1;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 1;
                }
            }
            err.println(
                    "\rSearch index rebuilt in " + (System.nanoTime() - started) / 1_000_000 + " ms" + " ".repeat(BAR));
            return 0;
        }
    }

    /** "[#########...........]  45%  4500/10000 stories" */
    static String bar(long done, long total) {
        int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        int filled = percent * BAR / 100;
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + String.format("%3d%%", percent) + "  "
                + done + "/" + total + " stories";
    }
}
