package org.newsline.quote;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsline.article.Change;
import org.newsline.article.ChangeListener;
import org.newsline.article.PublishedStories;
import org.newsline.article.PublishedStory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads every story again when the change log says it was published, updated or corrected, and forgets it
 * when it is unpublished. Each batch re-reads the stories it names, so a repeated change does no harm. The
 * body's plain text is stored with the results, and quote offsets index that exact text.
 */
@Component
class QuoteFollower implements ChangeListener {

    private final PublishedStories stories;
    private final Registry registry;
    private final QuoteStore store;
    private final Candidates candidates;
    private final ReviewDecisions decisions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    QuoteFollower(
            PublishedStories stories,
            Registry registry,
            QuoteStore store,
            Candidates candidates,
            ReviewDecisions decisions,
            TransactionTemplate transactions,
            Clock clock) {
        this.stories = stories;
        this.registry = registry;
        this.store = store;
        this.candidates = candidates;
        this.decisions = decisions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String followerName() {
        return "quote-extraction";
    }

    @Override
    public void onChanges(List<Change> changes) {
        Map<Long, Integer> versions = new LinkedHashMap<>();
        for (Change change : changes) {
            versions.put(change.articleId(), change.version());
        }
        Map<Long, PublishedStory> published = new LinkedHashMap<>();
        for (PublishedStory story : stories.find(versions.keySet())) {
            published.put(story.id(), story);
        }
        QuoteExtractor extractor = new QuoteExtractor(registry.directory());
        for (Map.Entry<Long, Integer> entry : versions.entrySet()) {
            long id = entry.getKey();
            PublishedStory story = published.get(id);
            transactions.executeWithoutResult(status -> {
                if (story == null) {
                    store.remove(id);
                    return;
                }
                Extraction extraction = extractor.extract(story.language(), story.bodyText());
                store.replace(id, entry.getValue(), extraction, clock.instant());
                decisions.apply(id); // editors' decisions outlive every reading
                for (Quote quote : extraction.quotes()) {
                    if (quote.speaker() != null && quote.entity() == null && "cue-name".equals(quote.rule())) {
                        candidates.queue(quote.speaker(), QuoteStore.speakerKey(quote.speaker()), story.language(), id);
                    }
                }
            });
        }
    }
}
