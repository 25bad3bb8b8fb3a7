package org.newsline.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.newsline.article.Article;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleRepository;
import org.newsline.article.ArticleSummary;
import org.newsline.article.Tag;
import org.newsline.web.BadRequestException;
import org.springframework.stereotype.Service;

/** Searches the index for readers and finds related stories; only stories readers may see are returned. */
@Service
public class SearchService {

    private static final SortField NEWEST = new SortedNumericSortField(Fields.PUBLISHED, SortField.Type.LONG, true);
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, NEWEST);
    private static final Sort BY_DATE = new Sort(NEWEST, SortField.FIELD_SCORE);

    private final SearchIndex index;
    private final ArticleRepository articles;
    private final ArticlePaths paths;
    private final Clock clock;

    private final RecentResults recent;
    private final RelatedStories related;

    SearchService(SearchIndex index, ArticleRepository articles, ArticlePaths paths, Clock clock) {
        this.index = index;
        this.articles = articles;
        this.paths = paths;
        this.clock = clock;
        this.recent = new RecentResults(clock);
        this.related = new RelatedStories();
    }

    /**
     * One page of results with facet counts; while the index is rebuilt, an answer saying so.
     *
     * @throws BadRequestException for a section or correspondent that does not exist
     */
    public SearchResults search(SearchRequest request) {
        if (request.category() != null
                && articles.findCategory(request.category()).isEmpty()) {
            throw new BadRequestException("Unknown section: " + request.category());
        }
        if (request.author() != null && articles.findAuthor(request.author()).isEmpty()) {
            throw new BadRequestException("Unknown correspondent: " + request.author());
        }
        Optional<SearchIndex.OpenIndex> open = index.current();
        if (open.isEmpty()) {
            return SearchResults.whileRebuilding(request);
        }
        Query text = request.hasText() ? ReaderQueries.parse(request.text()) : new MatchAllDocsQuery();
        BooleanQuery.Builder query =
                new BooleanQuery.Builder().add(text, Occur.MUST).add(visibleNow(), Occur.FILTER);
        request.languageFilter().ifPresent(l -> query.add(keyword(Fields.LANGUAGE, l.code()), Occur.FILTER));
        if (request.category() != null) {
            query.add(keyword(Fields.CATEGORY, request.category()), Occur.FILTER);
        }
        if (request.author() != null) {
            query.add(keyword(Fields.AUTHOR, request.author()), Occur.FILTER);
        }
        if (request.date() != null) {
            long since = request.date().since(clock, paths.zone()).toEpochMilli();
            query.add(LongField.newRangeQuery(Fields.PUBLISHED, since, Long.MAX_VALUE), Occur.FILTER);
        }
        int wanted = request.page() * SearchRequest.PAGE_SIZE;
        Map<DateRange, Instant> since = new EnumMap<>(DateRange.class);
        for (DateRange range : DateRange.values()) {
            since.put(range, range.since(clock, paths.zone()));
        }
        try {
            return withSearcher(open.get(), searcher -> {
                Query built = query.build();
                return recent.get(
                        request, searcher.getIndexReader(), () -> run(searcher, request, built, text, since, wanted));
            });
        } catch (AlreadyClosedException swappedDuringSearch) {
            return SearchResults.whileRebuilding(request);
        }
    }

    private SearchResults run(
            IndexSearcher searcher,
            SearchRequest request,
            Query query,
            Query text,
            Map<DateRange, Instant> since,
            int wanted) {
        try {
            Object[] found = searcher.search(
                    query,
                    new MultiCollectorManager(
                            new TopFieldCollectorManager(
                                    request.newest() ? BY_DATE : BY_RELEVANCE, wanted, null, wanted),
                            new FacetCounts(since)));
            TopDocs top = (TopDocs) found[0];
            SearchResults.Facets facets = (SearchResults.Facets) found[1];
            long total = facets.languages().values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            int from = Math.min((request.page() - 1) * SearchRequest.PAGE_SIZE, top.scoreDocs.length);
            List<SearchResults.Hit> hits = hits(searcher, top.scoreDocs, from, text, request.hasText());
            return new SearchResults(request, false, total, hits, facets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stories like this one in its language: similar words, shared tags and section count, and the more recent
     * comes first among equals. Empty while the index cannot answer, so the caller can fall back. Which stories
     * are related is remembered per story version for a few minutes ({@link RelatedStories}); the stories
     * themselves are read afresh each time, so one withdrawn since is never shown.
     */
    public Optional<List<ArticleSummary>> related(Article article, int limit) {
        Optional<SearchIndex.OpenIndex> open = index.current();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<RelatedStories.Scored> found = related.get(
                    article, limit, () -> withSearcher(open.get(), searcher -> findRelated(searcher, article, limit)));
            Map<Long, ArticleSummary> byId =
                    articles
                            .summaries(found.stream()
                                    .map(RelatedStories.Scored::id)
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
            return Optional.of(RelatedStories.rank(found, byId, limit));
        } catch (AlreadyClosedException swappedDuringSearch) {
            return Optional.empty();
        }
    }

    /**
     * The best-scoring candidates only (a few more than wanted, so that ties can be ordered by date): asking
     * for the top scores alone lets Lucene skip the stories that cannot make it, instead of scoring every story
     * that shares a word, which is most of them.
     */
    private List<RelatedStories.Scored> findRelated(IndexSearcher searcher, Article article, int limit)
            throws IOException {
        MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
        like.setAnalyzer(Analyzers.forIndexing());
        like.setMinTermFreq(1);
        like.setMinDocFreq(1);
        like.setMaxQueryTerms(30);
        String body = Fields.body(article.language());
        like.setFieldNames(new String[] {body});
        String source = article.headline() + "\n" + article.headline() + "\n" + article.standfirst() + "\n"
                + storedText(searcher, article.id());
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(like.like(body, new StringReader(source)), Occur.SHOULD)
                .add(new BoostQuery(keyword(Fields.CATEGORY, article.category().slug()), 0.5f), Occur.SHOULD)
                .add(visibleNow(), Occur.FILTER)
                .add(keyword(Fields.LANGUAGE, article.language().code()), Occur.FILTER)
                .add(new TermQuery(StoryDocuments.idTerm(article.id())), Occur.MUST_NOT)
                .setMinimumNumberShouldMatch(1);
        for (Tag tag : article.tags()) {
            query.add(new BoostQuery(keyword(Fields.TAG, tag.slug()), 2f), Occur.SHOULD);
        }
        int candidates = limit * RelatedStories.CANDIDATES_PER_PLACE;
        TopDocs top = searcher.search(query.build(), new TopScoreDocCollectorManager(candidates, null, candidates));
        List<RelatedStories.Scored> found = new ArrayList<>();
        for (ScoreDoc doc : top.scoreDocs) {
            found.add(new RelatedStories.Scored(
                    Long.parseLong(searcher.storedFields().document(doc.doc).get(Fields.ID)), doc.score));
        }
        return found;
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, ScoreDoc[] docs, int from, Query text, boolean marked)
            throws IOException {
        Snippets snippets = new Snippets(marked ? ReaderQueries.markableTerms(text) : java.util.Set.of());
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (SearchResults.Hit hit : summaries(searcher, docs, from)) {
            ArticleSummary story = hit.story();
            hits.add(new SearchResults.Hit(
                    story,
                    snippets.headline(story.headline(), story.language()),
                    snippets.passage(hit.snippetHtml(), story.language())));
        }
        return hits;
    }

    /**
     * The stories of these hits as the database has them now, in hit order; a story that stopped being
     * visible since the index last heard is left out. The snippet slot carries the stored text, unescaped.
     */
    private List<SearchResults.Hit> summaries(IndexSearcher searcher, ScoreDoc[] docs, int from) throws IOException {
        List<Long> ids = new ArrayList<>();
        Map<Long, String> texts = new java.util.HashMap<>();
        for (int i = from; i < docs.length; i++) {
            Document doc = searcher.storedFields().document(docs[i].doc);
            long id = Long.parseLong(doc.get(Fields.ID));
            ids.add(id);
            texts.put(id, doc.get(Fields.TEXT));
        }
        Map<Long, ArticleSummary> byId =
                articles.summaries(ids).stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (long id : ids) {
            ArticleSummary story = byId.get(id);
            if (story != null) {
                hits.add(new SearchResults.Hit(story, null, texts.getOrDefault(id, "")));
            }
        }
        return hits;
    }

    private static String storedText(IndexSearcher searcher, long id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(StoryDocuments.idTerm(id)), 1);
        if (top.scoreDocs.length == 0) {
            return "";
        }
        String text = searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.TEXT);
        return text == null ? "" : text;
    }

    private Query visibleNow() {
        return LongPoint.newRangeQuery(Fields.VISIBLE_FROM, Long.MIN_VALUE, clock.millis());
    }

    private static Query keyword(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static <T> T withSearcher(SearchIndex.OpenIndex open, SearcherWork<T> work) {
        try {
            IndexSearcher searcher = open.searchers().acquire();
            try {
                return work.run(searcher);
            } finally {
                open.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        }
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }
}
