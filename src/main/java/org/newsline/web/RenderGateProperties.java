package org.newsline.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests are worked on at once ({@code newsline.render.*}).
 *
 * @param concurrency requests worked on at the same time; 0 or less means twice the processors
 * @param longestWait how long a request waits for its turn before it goes ahead anyway
 */
@ConfigurationProperties("newsline.render")
record RenderGateProperties(Integer concurrency, Duration longestWait) {

    RenderGateProperties {
        concurrency = concurrency == null || concurrency <= 0
                ? 2 * Runtime.getRuntime().availableProcessors()
                : concurrency;
        longestWait = longestWait == null ? Duration.ofSeconds(1) : longestWait;
    }
}
