package org.newsline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.article.ArticleWriter;
import org.newsline.article.Urgency;
import org.newsline.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class LiveNewsLineIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    MutableClock clock;

    @Autowired
    LiveNewsLine live;

    @LocalServerPort
    int port;

    private final List<String> lines = new CopyOnWriteArrayList<>();

    /** Opens the event stream of a language; its lines collect in {@link #lines}. */
    private Stream<String> listen(Language language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/" + language.code() + "/news-line/live"))
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<Stream<String>> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        Stream<String> body = response.body();
        Thread reader = new Thread(() -> body.forEach(lines::add), "test-event-stream");
        reader.setDaemon(true);
        reader.start();
        assertThat(awaitLine(":open", Duration.ofSeconds(5))).isTrue();
        return body;
    }

    private boolean awaitLine(String text, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (lines.stream().anyMatch(line -> line.contains(text))) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @Test
    void openStreamHearsOfAPublishedStoryWithinTwoSeconds() throws Exception {
        Stream<String> stream = listen(Language.EN);
        try {
            long id = story(writer).urgency(Urgency.FLASH).publishedAt(clock.instant());

            assertThat(awaitLine("\"id\":" + id + ",", Duration.ofSeconds(2)))
                    .as("event for story %d in %s", id, lines)
                    .isTrue();
            assertThat(lines).anySatisfy(line -> assertThat(line).isEqualTo("event:story"));
            assertThat(lines)
                    .anySatisfy(line ->
                            assertThat(line).contains("\"id\":" + id + ",").contains("\"urgency\":\"flash\""));
        } finally {
            stream.close();
        }
    }

    @Test
    void storiesInOtherLanguagesAndDraftsAreNotAnnounced() throws Exception {
        Stream<String> stream = listen(Language.AZ);
        try {
            long english = story(writer).publishedAt(clock.instant());
            long draft = story(writer).in(Language.AZ).draft();
            long azerbaijani = story(writer).in(Language.AZ).publishedAt(clock.instant());

            assertThat(awaitLine("\"id\":" + azerbaijani + ",", Duration.ofSeconds(2)))
                    .isTrue();
            assertThat(lines).noneSatisfy(line -> assertThat(line).contains("\"id\":" + english + ","));
            assertThat(lines).noneSatisfy(line -> assertThat(line).contains("\"id\":" + draft + ","));
        } finally {
            stream.close();
        }
    }

    @Test
    void aStoppedAndRestartedNodeAnnouncesAgain() throws Exception {
        // Spring stops and starts lifecycle beans, for instance when a test context is paused and resumed.
        live.stop();
        live.start();
        Stream<String> stream = listen(Language.EN);
        try {
            long id = story(writer).publishedAt(clock.instant());

            assertThat(awaitLine("\"id\":" + id + ",", Duration.ofSeconds(2)))
                    .as("event for story %d in %s", id, lines)
                    .isTrue();
        } finally {
            stream.close();
        }
    }
}
