package org.newsline.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts every matching story by language, section, correspondent and date range, from doc values, in the
 * same pass that collects the top hits. Counts are exact: each facet value's count is the number of hits that
 * choosing it would give.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, SearchResults.Facets> {

    private final Map<DateRange, Long> since = new EnumMap<>(DateRange.class);

    /** @param since the earliest publish time of each date range */
    FacetCounts(Map<DateRange, Instant> since) {
        since.forEach((range, instant) -> this.since.put(range, instant.toEpochMilli()));
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public SearchResults.Facets reduce(Collection<Counter> counters) {
        Map<String, Long> languages = new HashMap<>();
        Map<String, Long> categories = new HashMap<>();
        Map<String, Long> authors = new HashMap<>();
        Map<DateRange, Long> dates = new EnumMap<>(DateRange.class);
        for (Counter counter : counters) {
            counter.languages.forEach((k, v) -> languages.merge(k, v, Long::sum));
            counter.categories.forEach((k, v) -> categories.merge(k, v, Long::sum));
            counter.authors.forEach((k, v) -> authors.merge(k, v, Long::sum));
            counter.dates.forEach((k, v) -> dates.merge(k, v, Long::sum));
        }
        Map<DateRange, Long> orderedDates = new LinkedHashMap<>();
        for (DateRange range : DateRange.values()) {
            orderedDates.put(range, dates.getOrDefault(range, 0L));
        }
        return new SearchResults.Facets(byCount(languages), byCount(categories), byCount(authors), orderedDates);
    }

    private static Map<String, Long> byCount(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Counts one slice of the index; segment ordinals are turned into values at the end of each segment. */
    final class Counter extends SimpleCollector {
        final Map<String, Long> languages = new HashMap<>();
        final Map<String, Long> categories = new HashMap<>();
        final Map<String, Long> authors = new HashMap<>();
        final Map<DateRange, Long> dates = new EnumMap<>(DateRange.class);
        private final long[] dateCounts = new long[DateRange.values().length];
        private final long[] dateSince = new long[DateRange.values().length];
        private Segment language;
        private Segment category;
        private Segment author;
        private SortedNumericDocValues published;

        Counter() {
            for (DateRange range : DateRange.values()) {
                dateSince[range.ordinal()] = since.getOrDefault(range, Long.MAX_VALUE);
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            finishSegment();
            language = new Segment(DocValues.getSortedSet(context.reader(), Fields.LANGUAGE));
            category = new Segment(DocValues.getSortedSet(context.reader(), Fields.CATEGORY));
            author = new Segment(DocValues.getSortedSet(context.reader(), Fields.AUTHOR));
            published = DocValues.getSortedNumeric(context.reader(), Fields.PUBLISHED);
        }

        @Override
        public void collect(int doc) throws IOException {
            language.count(doc);
            category.count(doc);
            author.count(doc);
            if (published.advanceExact(doc)) {
                long millis = published.nextValue();
                for (int i = 0; i < dateSince.length; i++) {
                    if (millis >= dateSince[i]) {
                        dateCounts[i]++;
                    }
                }
            }
        }

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public void finish() throws IOException {
            finishSegment();
            for (DateRange range : DateRange.values()) {
                dates.put(range, dateCounts[range.ordinal()]);
            }
        }

        private void finishSegment() throws IOException {
            if (language != null) {
                language.addTo(languages);
                category.addTo(categories);
                author.addTo(authors);
                language = null;
            }
        }
    }

    /** Ordinal counts of one multi-valued keyword field in one segment. */
    private static final class Segment {
        private final SortedSetDocValues values;
        private final long[] counts;

        Segment(SortedSetDocValues values) {
            this.values = values;
            this.counts = new long[(int) Math.min(values.getValueCount(), Integer.MAX_VALUE - 8)];
        }

        void count(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    counts[(int) values.nextOrd()]++;
                }
            }
        }

        void addTo(Map<String, Long> totals) throws IOException {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    totals.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                }
            }
        }
    }
}
