package org.newsline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewDecisionsTests {

    @Test
    void aDecisionStaysWhereItsWordsStillStand() {
        assertThat(ReviewDecisions.locate("He said “yes” and “yes”.", "yes", 19))
                .isEqualTo(19);
    }

    @Test
    void movedWordsAreFoundAtTheirNearestOccurrence() {
        String text = "“yes” one. New paragraph first. “yes” two. “yes” three.";
        assertThat(ReviewDecisions.locate(text, "yes", 30)).isEqualTo(33);
        assertThat(ReviewDecisions.locate(text, "yes", 0)).isEqualTo(1);
    }

    @Test
    void wordsNoLongerInTheStoryAreNotApplied() {
        assertThat(ReviewDecisions.locate("The quote was cut.", "We will win", 4))
                .isEqualTo(-1);
    }
}
