package org.newsline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsline.platform.EarlyDatabaseStart;
import org.newsline.quote.QuoteCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * The jar's command line: {@code serve} is the default; {@code reindex} rebuilds the search index; {@code quotes}
 * and {@code entities} read a story file without a database; {@code export} and {@code import} back up and restore.
 */
@Command(
        name = "newsline",
        mixinStandardHelpOptions = true,
        description = "Newsline: a news agency's site, newsroom and wire service.",
        subcommands = {
            NewslineCommand.Serve.class,
            CreateAdminCommand.class,
            Reindex.class,
            QuoteCommands.Quotes.class,
            QuoteCommands.Entities.class,
            ExportCommand.class,
            ImportCommand.class
        })
final class NewslineCommand implements Callable<Integer> {

    /** Options that Spring Boot understands, such as {@code --server.port=9000}, passed through. */
    @Unmatched
    List<String> springArgs = new ArrayList<>();

    static int run(String[] args) {
        CommandLine commandLine = new CommandLine(new NewslineCommand());
        commandLine.setUnmatchedOptionsArePositionalParams(true);
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        return serve(springArgs);
    }

    static int serve(List<String> args) {
        ConfigurableApplicationContext context;
        try {
            SpringApplication application = new SpringApplication(NewslineApplication.class);
            application.addListeners(new EarlyDatabaseStart());
            context = application.run(args.toArray(String[]::new));
        } catch (RuntimeException startupFailure) {
            // Spring Boot has already reported the cause (see StartupFailureReporter); a stack trace adds nothing.
            return 1;
        }
        context.registerShutdownHook();
        waitUntilClosed(context);
        return 0;
    }

    private static void waitUntilClosed(ConfigurableApplicationContext context) {
        Object monitor = new Object();
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                synchronized (monitor) {
                    monitor.notifyAll();
                }
            }
        });
        synchronized (monitor) {
            while (context.isActive()) {
                try {
                    monitor.wait(1_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Command(name = "serve", description = "Serve the site (the default).", mixinStandardHelpOptions = true)
    static final class Serve implements Callable<Integer> {

        @Unmatched
        List<String> springArgs = new ArrayList<>();

        @Override
        public Integer call() {
            return serve(springArgs);
        }
    }
}
