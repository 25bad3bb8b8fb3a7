package org.newsline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.newsline.article.Author;
import org.newsline.article.Category;
import org.newsline.article.PublishedStory;
import org.newsline.article.Urgency;
import org.newsline.platform.Language;
import org.newsline.platform.LocalizedText;

/** Stories indexed in memory exactly as the real index writes them, and searched as readers search. */
final class MemoryIndex {

    private static final AtomicLong IDS = new AtomicLong();
    private final List<PublishedStory> stories = new ArrayList<>();

    /** Adds a story with this headline and body; returns its id. */
    long add(Language language, String headline, String body) {
        long id = IDS.incrementAndGet();
        Category category = new Category(1, "politics", new LocalizedText("Siyasət", "Политика", "Politics"));
        Instant now = Instant.parse("2026-01-10T10:00:00Z");
        stories.add(new PublishedStory(
                id,
                language,
                "/" + language.code() + "/2026/01/10/story-" + id,
                headline,
                "",
                body,
                "",
                category,
                Urgency.NORMAL,
                now,
                now,
                List.<Author>of(),
                List.of()));
        return id;
    }

    /** Ids of the stories the reader's text finds. */
    List<Long> search(String text) {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.forIndexing()))) {
                for (PublishedStory story : stories) {
                    writer.addDocument(StoryDocuments.of(story));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<Long> ids = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(ReaderQueries.parse(text), 100).scoreDocs) {
                    ids.add(Long.parseLong(
                            searcher.storedFields().document(hit.doc).get(Fields.ID)));
                }
                return ids;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
