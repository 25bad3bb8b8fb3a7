package org.newsline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.newsline.article.ChangeLogRepository;
import org.newsline.article.PublishedStories;
import org.newsline.article.PublishedStory;
import org.newsline.platform.NewslineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The node's Lucene index under {@code $NEWSLINE_HOME/index}. It opens the index on start; a missing, corrupt
 * or outdated index is rebuilt from the database in the background, and searches answer "being rebuilt"
 * meanwhile. A rebuild writes a new index beside the old one and swaps it in when complete.
 *
 * <p>Each commit records, in the index itself, the change-log id it includes and a random index id. {@link
 * IndexFollower} follows the log under a name made of that id, so the position in the shared {@code
 * change_log_position} table belongs to this one index: a rebuilt or copied-in index starts from its own
 * committed position, never from another node's or an older index's.
 */
@Component
public class SearchIndex implements SmartLifecycle {

    static final String POSITION = "change_log_position";
    static final String INDEX_ID = "index_id";
    static final String SCHEMA = "schema";

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int REBUILD_BATCH = 500;

    private final Path folder;
    private final PublishedStories stories;
    private final ChangeLogRepository changeLog;
    private final ApplicationEventPublisher events;
    private final Object writeLock = new Object();
    private final AtomicLong rebuildDone = new AtomicLong();
    private final AtomicLong rebuildTotal = new AtomicLong();
    private volatile OpenIndex open;
    private volatile boolean running;
    private CompletableFuture<Void> rebuilding;

    SearchIndex(
            NewslineProperties properties,
            PublishedStories stories,
            ChangeLogRepository changeLog,
            ApplicationEventPublisher events) {
        this.folder = properties.home().resolve("index").toAbsolutePath();
        this.stories = stories;
        this.changeLog = changeLog;
        this.events = events;
    }

    /** Before the change-log follower starts, and stopped after it. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 1000;
    }

    @Override
    public void start() {
        running = true;
        try {
            open = OpenIndex.open(folder);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException(
                    "The search index at " + folder + " is in use by another Newsline process on this machine", e);
        } catch (IOException | RuntimeException e) {
            log.warn("Search index at {} cannot be used ({}); rebuilding it in the background", folder, e.toString());
        }
        if (open == null) {
            rebuild();
        }
    }

    @Override
    public void stop() {
        running = false;
        CompletableFuture<Void> pending;
        synchronized (this) {
            pending = rebuilding;
        }
        if (pending != null) {
            pending.exceptionally(e -> null).join();
        }
        synchronized (writeLock) {
            OpenIndex current = open;
            open = null;
            if (current != null) {
                current.close();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether searches can be answered; false while the index is first built or rebuilt. */
    public boolean isReady() {
        return open != null;
    }

    /** How far a running rebuild is: stories done and stories in all, or empty when none is running. */
    public synchronized Optional<long[]> rebuildProgress() {
        if (rebuilding == null || rebuilding.isDone()) {
            return Optional.empty();
        }
        return Optional.of(new long[] {rebuildDone.get(), rebuildTotal.get()});
    }

    /**
     * Rebuilds the whole index from the database in the background; while one runs, returns that one. The
     * current index, if any, keeps answering until the new one is complete.
     */
    public synchronized CompletableFuture<Void> rebuild() {
        if (rebuilding != null && !rebuilding.isDone()) {
            return rebuilding;
        }
        rebuildDone.set(0);
        rebuildTotal.set(0);
        CompletableFuture<Void> future = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        buildAndSwap();
                        future.complete(null);
                    } catch (Throwable e) {
                        if (running) {
                            log.error("Rebuilding the search index failed", e);
                        }
                        future.completeExceptionally(e);
                    }
                },
                "search-index-rebuild");
        thread.setDaemon(true);
        rebuilding = future;
        thread.start();
        return future;
    }

    private void buildAndSwap() throws IOException {
        long started = System.nanoTime();
        // Taken before reading: changes after it are replayed onto the new index, which is harmless for
        // stories the read already saw in their newer state.
        long position = changeLog.latestId();
        Path fresh = folder.resolveSibling(folder.getFileName() + ".rebuild");
        FileSystemUtils.deleteRecursively(fresh);
        rebuildTotal.set(stories.count());
        try (Directory directory = FSDirectory.open(fresh);
                IndexWriter writer =
                        new IndexWriter(directory, OpenIndex.config().setRAMBufferSizeMB(64))) {
            stories.forEach(REBUILD_BATCH, batch -> {
                if (!running) {
                    throw new IllegalStateException("Stopped while rebuilding the search index");
                }
                try {
                    for (PublishedStory story : batch) {
                        writer.addDocument(StoryDocuments.of(story));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rebuildDone.addAndGet(batch.size());
            });
            writer.setLiveCommitData(
                    commitData(position, UUID.randomUUID().toString()).entrySet());
            writer.forceMerge(8);
            writer.commit();
        }
        synchronized (writeLock) {
            OpenIndex previous = open;
            open = null;
            if (previous != null) {
                previous.close();
            }
            FileSystemUtils.deleteRecursively(folder);
            Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
            open = OpenIndex.open(folder);
        }
        events.publishEvent(new SearchIndexChanged());
        log.info(
                "Search index rebuilt: {} stories in {} ms",
                rebuildDone.get(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The open index, or empty while it is being rebuilt. */
    Optional<OpenIndex> current() {
        return Optional.ofNullable(open);
    }

    /**
     * Brings these stories up to date (indexes the published ones, removes the rest), commits with the
     * change-log position, and makes the result searchable at once. Does nothing while rebuilding: the
     * rebuilt index replays the log from where its own read began.
     */
    void apply(Collection<Long> ids, long position) {
        List<PublishedStory> published = stories.find(ids);
        synchronized (writeLock) {
            OpenIndex current = open;
            if (current == null) {
                return;
            }
            try {
                IndexWriter writer = current.writer();
                for (long id : ids) {
                    writer.deleteDocuments(StoryDocuments.idTerm(id));
                }
                for (PublishedStory story : published) {
                    writer.updateDocument(StoryDocuments.idTerm(story.id()), StoryDocuments.of(story));
                }
                writer.setLiveCommitData(commitData(position, current.indexId()).entrySet());
                writer.commit();
                current.searchers().maybeRefreshBlocking();
                current.setPosition(position);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot update the search index", e);
            }
        }
        events.publishEvent(new SearchIndexChanged());
    }

    private static Map<String, String> commitData(long position, String indexId) {
        return Map.of(POSITION, Long.toString(position), INDEX_ID, indexId, SCHEMA, Fields.SCHEMA_VERSION);
    }

    /** An index open for writing and searching, with the change-log position of its last commit. */
    static final class OpenIndex {
        private final Directory directory;
        private final IndexWriter writer;
        private final SearcherManager searchers;
        private final String indexId;
        private volatile long position;

        private OpenIndex(Directory directory, IndexWriter writer, String indexId, long position) throws IOException {
            this.directory = directory;
            this.writer = writer;
            this.searchers = new SearcherManager(writer, null);
            this.indexId = indexId;
            this.position = position;
        }

        static IndexWriterConfig config() {
            return new IndexWriterConfig(Analyzers.forIndexing()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        }

        /** Opens an existing, complete index of the current schema; null if there is none. */
        static OpenIndex open(Path folder) throws IOException {
            if (!Files.isDirectory(folder)) {
                return null;
            }
            Directory directory = FSDirectory.open(folder);
            try {
                if (!DirectoryReader.indexExists(directory)) {
                    directory.close();
                    return null;
                }
                Map<String, String> data;
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    data = reader.getIndexCommit().getUserData();
                }
                if (!Fields.SCHEMA_VERSION.equals(data.get(SCHEMA)) || !data.containsKey(INDEX_ID)) {
                    log.info("Search index at {} was built by another version; rebuilding it", folder);
                    directory.close();
                    return null;
                }
                IndexWriter writer = new IndexWriter(
                        directory,
                        new IndexWriterConfig(Analyzers.forIndexing()).setOpenMode(IndexWriterConfig.OpenMode.APPEND));
                return new OpenIndex(directory, writer, data.get(INDEX_ID), Long.parseLong(data.get(POSITION)));
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        }

        IndexWriter writer() {
            return writer;
        }

        SearcherManager searchers() {
            return searchers;
        }

        String indexId() {
            return indexId;
        }

        long position() {
            return position;
        }

        void setPosition(long position) {
            this.position = position;
        }

        void close() {
            try {
                searchers.close();
                writer.close();
                directory.close();
            } catch (IOException e) {
                log.warn("Closing the search index failed: {}", e.toString());
            }
        }
    }
}
