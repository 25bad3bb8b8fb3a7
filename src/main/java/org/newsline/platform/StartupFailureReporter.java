package org.newsline.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports a start-up failure that Newsline understands as one or two plain lines on standard error,
 * instead of Spring Boot's banner and stack trace.
 */
public final class StartupFailureReporter implements FailureAnalysisReporter {

    @Override
    public void report(FailureAnalysis analysis) {
        System.err.println("newsline: " + analysis.getDescription());
        if (analysis.getAction() != null && !analysis.getAction().isBlank()) {
            System.err.println("newsline: " + analysis.getAction());
        }
    }

    /** Recognises an unreachable external database. */
    public static final class UnreachableDatabaseAnalyzer
            extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
            return new FailureAnalysis(
                    cause.getMessage(),
                    "Check NEWSLINE_DB_URL, NEWSLINE_DB_USER and NEWSLINE_DB_PASSWORD, or unset NEWSLINE_DB_URL to use the embedded database.",
                    cause);
        }
    }
}
