package org.newsline.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsline.quote.Extraction.Mention;
import org.newsline.quote.Words.Word;

/** Finds registry entities named in a text: the longest run of capitalised words that matches an alias. */
final class Mentions {

    private static final int LONGEST = 4;

    private Mentions() {}

    static List<Mention> find(String text, Directory directory, Cues cues) {
        List<Word> words = Words.of(text, 0, text.length());
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            if (words.get(i).capitalised() && !cues.isConnective(words.get(i))) {
                for (int n = Math.min(LONGEST, words.size() - i); n >= 1 && matched == 0; n--) {
                    List<Word> run = words.subList(i, i + n);
                    if (!allCapitalised(text, run)) {
                        continue;
                    }
                    var entity = directory.find(run, cues.language());
                    if (entity.isPresent()) {
                        Word first = run.get(0);
                        Word last = run.get(n - 1);
                        mentions.add(new Mention(
                                entity.get(), first.start(), last.end(), text.substring(first.start(), last.end())));
                        matched = n;
                    }
                }
            }
            i += Math.max(1, matched);
        }
        return mentions;
    }

    private static boolean allCapitalised(String text, List<Word> run) {
        for (int k = 0; k < run.size(); k++) {
            if (!run.get(k).capitalised() || (k > 0 && SpeakerPhrase.broken(text, run.get(k - 1), run.get(k)))) {
                return false;
            }
        }
        return true;
    }
}
