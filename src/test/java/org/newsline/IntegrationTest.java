package org.newsline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.newsline.article.RecordingChangeListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole application on a random port with a real embedded PostgreSQL. Every test class annotated
 * with this shares one Spring context and so one database per test JVM; tests make their own data and
 * assert on it only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "newsline.demo.enabled=false",
            "newsline.home=target/test-home/${random.uuid}",
            "newsline.wire.allow-private-targets=true",
            // Tests check pages right after changing data; the page cache has tests of its own.
            "newsline.cache.enabled=false"
        })
@Import(IntegrationTest.Config.class)
public @interface IntegrationTest {

    /** Beans that replace production ones in tests. */
    @TestConfiguration(proxyBeanMethods = false)
    class Config {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }

        @Bean
        static QueryCounter queryCounter() {
            return new QueryCounter();
        }

        @Bean
        RecordingChangeListener recordingChangeListener() {
            return new RecordingChangeListener();
        }
    }
}
