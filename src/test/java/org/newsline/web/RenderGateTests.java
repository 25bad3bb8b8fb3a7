package org.newsline.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A request waits for a turn while others work, goes ahead after the longest wait, and static files never wait. */
class RenderGateTests {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private Future<?> request(RenderGate gate, String path, FilterChain chain) {
        return pool.submit(() -> {
            gate.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);
            return null;
        });
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aSecondRequestWaitsForTheTurnOfTheFirst() throws Exception {
        RenderGate gate = new RenderGate(new RenderGateProperties(1, Duration.ofSeconds(30)));
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        Future<?> first = request(gate, "/en/", (req, res) -> {
            order.add("first in");
            firstInside.countDown();
            awaitQuietly(releaseFirst);
            order.add("first out");
        });
        assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();
        Future<?> second = request(gate, "/en/news-line", (req, res) -> order.add("second in"));
        Thread.sleep(200);
        assertThat(order).containsExactly("first in");

        releaseFirst.countDown();
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);

        assertThat(order).containsExactly("first in", "first out", "second in");
        assertThat(gate.freeTurns()).isEqualTo(1);
    }

    /** A request holding the gate's only turn until released. */
    private final class Holder {
        final CountDownLatch release = new CountDownLatch(1);
        final Future<?> request;

        Holder(RenderGate gate) throws InterruptedException {
            CountDownLatch inside = new CountDownLatch(1);
            request = request(gate, "/en/", (req, res) -> {
                inside.countDown();
                awaitQuietly(release);
            });
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        }

        void finish() throws Exception {
            release.countDown();
            request.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRequestGoesAheadAfterTheLongestWait() throws Exception {
        RenderGate gate = new RenderGate(new RenderGateProperties(1, Duration.ofMillis(100)));
        Holder first = new Holder(gate);
        CountDownLatch secondRan = new CountDownLatch(1);

        request(gate, "/en/news-line", (req, res) -> secondRan.countDown());

        assertThat(secondRan.await(5, TimeUnit.SECONDS)).isTrue();
        first.finish();
        assertThat(gate.freeTurns()).isEqualTo(1);
    }

    @Test
    void staticFilesAndHealthNeverWait() throws Exception {
        RenderGate gate = new RenderGate(new RenderGateProperties(1, Duration.ofSeconds(30)));
        Holder first = new Holder(gate);

        for (String path : new String[] {"/css/site-abc.css", "/js/site-abc.js", "/actuator/health"}) {
            CountDownLatch ran = new CountDownLatch(1);
            request(gate, path, (req, res) -> ran.countDown());
            assertThat(ran.await(1, TimeUnit.SECONDS)).as(path).isTrue();
        }
        first.finish();
    }

    @Test
    void aFailingRequestGivesItsTurnBack() throws Exception {
        RenderGate gate = new RenderGate(new RenderGateProperties(1, Duration.ofSeconds(30)));

        Future<?> failing = request(gate, "/en/", (req, res) -> {
            throw new IllegalStateException("render failed");
        });

        try {
            failing.get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            assertThat(expected.getCause()).hasMessage("render failed");
        }
        assertThat(gate.freeTurns()).isEqualTo(1);
    }

    @Test
    void twoTurnsPerProcessorByDefault() {
        assertThat(new RenderGateProperties(null, null).concurrency())
                .isEqualTo(2 * Runtime.getRuntime().availableProcessors());
    }
}
