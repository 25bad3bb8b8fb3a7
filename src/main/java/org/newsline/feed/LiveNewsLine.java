package org.newsline.feed;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.newsline.article.Change;
import org.newsline.article.ChangeListener;
import org.newsline.article.ChangeLogRepository;
import org.newsline.platform.Language;
import org.newsline.platform.NodeName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live News Line: tells every open home and News Line page of this node about newly visible stories,
 * through Server-Sent Events fed by the change log.
 *
 * <p>Open connections are asynchronous {@link SseEmitter}s: no thread waits per reader. Events are written
 * by one sender thread, never by the change-log follower, so a slow reader cannot hold up the log.
 *
 * <p>Every node must tell its own readers about every change, so this follower's stored position must not be
 * shared with other nodes (one node would advance it past changes another never sent). Its name therefore
 * includes the node ({@code newsline.feed.node-name}, by default host name and port), which keeps one row per
 * node in {@code change_log_position} rather than one per process start. After a restart the follower
 * resumes from that row, but changes logged before this process started are skipped without reading them:
 * no page open now was waiting for them. On its very first run it starts at the end of the log.
 *
 * <p>Delivery is at least once and a story may have changed again since its log entry, so each story is
 * re-read and announced only if it is visible now; pages ignore stories they already counted. A story
 * published for a later time is not announced when that time comes (no log entry marks it); readers see it
 * on their next page load.
 */
@Component
class LiveNewsLine implements ChangeListener, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveNewsLine.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(20);

    private final FeedRepository stories;
    private final FeedProperties properties;
    private final String followerName;
    private final long startedAfter;
    private final Map<Language, Set<SseEmitter>> open = new EnumMap<>(Language.class);
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean running;
    // Made on every start and ended on every stop: Spring may stop and start this bean again.
    private volatile ExecutorService sender;
    private volatile ScheduledExecutorService heartbeat;

    LiveNewsLine(FeedRepository stories, ChangeLogRepository changes, FeedProperties properties, NodeName node) {
        this.stories = stories;
        this.properties = properties;
        this.followerName = "live-news-line@" + nodeName(properties, node);
        this.startedAfter = changes.latestId();
        for (Language language : Language.values()) {
            open.put(language, ConcurrentHashMap.newKeySet());
        }
    }

    @Override
    public String followerName() {
        return followerName;
    }

    @Override
    public long startAfter() {
        return Long.MAX_VALUE;
    }

    @Override
    public void onChanges(List<Change> changes) {
        for (Change change : changes) {
            if (change.id() <= startedAfter || !change.kind().equals("published")) {
                continue;
            }
            stories.visibleStory(change.articleId()).ifPresent(story -> announce(change.id(), story));
        }
    }

    /** Opens a live connection for a page in {@code language}; empty when this node has too many open. */
    Optional<SseEmitter> open(Language language) {
        if (!running) {
            return Optional.empty();
        }
        if (connections.incrementAndGet() > properties.liveMaxConnections()) {
            connections.decrementAndGet();
            return Optional.empty();
        }
        SseEmitter emitter = new SseEmitter(properties.liveTimeout().toMillis());
        Set<SseEmitter> readers = open.get(language);
        readers.add(emitter);
        Runnable close = () -> {
            if (readers.remove(emitter)) {
                connections.decrementAndGet();
            }
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        try {
            // Tells the browser how long to wait before reconnecting, and confirms the stream is open.
            emitter.send(SseEmitter.event().reconnectTime(5_000).comment("open"));
        } catch (IOException e) {
            emitter.completeWithError(e);
        }
        return Optional.of(emitter);
    }

    /** How many live connections this node has open. */
    int openConnections() {
        return connections.get();
    }

    private void announce(long changeId, FeedRepository.LiveStory story) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", story.id());
        data.put("headline", story.headline());
        data.put("path", story.path());
        data.put("category", story.category());
        data.put("urgency", story.urgency());
        data.put("publishedAt", story.publishAt().toEpochMilli());
        String json = Json.forScript(data);
        Set<SseEmitter> readers = open.get(story.language());
        ExecutorService sender = this.sender;
        if (!running || sender == null) {
            return; // stopped: no reader is connected to this node
        }
        // A fresh builder per reader: a builder appends its terminator when built, so it cannot be sent twice.
        sender.execute(() -> readers.forEach(emitter -> send(
                emitter,
                () -> SseEmitter.event()
                        .name("story")
                        .id(Long.toString(changeId))
                        .data(json))));
    }

    private void sendHeartbeat() {
        ExecutorService sender = this.sender;
        if (sender == null || sender.isShutdown()) {
            return;
        }
        sender.execute(() -> open.values()
                .forEach(readers -> readers.forEach(
                        emitter -> send(emitter, () -> SseEmitter.event().comment("")))));
    }

    private static void send(SseEmitter emitter, Supplier<SseEmitter.SseEventBuilder> event) {
        try {
            emitter.send(event.get());
        } catch (IOException | IllegalStateException e) {
            // The reader went away; completing releases the connection and runs the removal callback.
            emitter.completeWithError(e);
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        sender = Executors.newSingleThreadExecutor(daemon("live-news-line-send"));
        heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("live-news-line-heartbeat"));
        long every = HEARTBEAT.toMillis();
        heartbeat.scheduleAtFixedRate(this::sendHeartbeat, every, every, TimeUnit.MILLISECONDS);
        running = true;
    }

    /**
     * Ends every open stream before the web server's graceful shutdown begins (a higher phase stops
     * earlier): an open stream is a request in progress, and the server would otherwise wait for it until
     * its shutdown timeout. Browsers reconnect to another node.
     */
    @Override
    public synchronized void stop() {
        running = false;
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        if (sender != null) {
            sender.shutdownNow();
        }
        open.values().forEach(readers -> readers.forEach(SseEmitter::complete));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    private static String nodeName(FeedProperties properties, NodeName node) {
        return properties.nodeName() != null && !properties.nodeName().isBlank() ? properties.nodeName() : node.name();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
