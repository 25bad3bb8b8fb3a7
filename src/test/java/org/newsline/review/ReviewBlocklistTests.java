package org.newsline.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewBlocklistTests {

    @Test
    void aBlockedWordMatchesAsAWholeWordInAnyCase() {
        assertThat(ReviewBlocklist.containsWord("You SCAMMER!", "scammer")).isTrue();
        assertThat(ReviewBlocklist.containsWord("scammers everywhere", "scammer"))
                .isFalse();
        assertThat(ReviewBlocklist.containsWord("antiscammer", "scammer")).isFalse();
        assertThat(ReviewBlocklist.containsWord("(scammer)", "scammer")).isTrue();
    }

    @Test
    void wordsOfAnyScriptMatchTheirOtherCase() {
        assertThat(ReviewBlocklist.containsWord("Это ЖУЛИК.", "жулик")).isTrue();
        assertThat(ReviewBlocklist.containsWord("жуликоватый", "жулик")).isFalse();
        assertThat(ReviewBlocklist.containsWord("Sən YALANÇISAN", "yalançısan")).isTrue();
        assertThat(ReviewBlocklist.containsWord("Çox ŞƏR adam", "şər")).isTrue();
        assertThat(ReviewBlocklist.containsWord("şərbət", "şər")).isFalse();
        assertThat(ReviewBlocklist.containsWord("two words here", "words here")).isTrue();
        assertThat(ReviewBlocklist.containsWord("anything", " ")).isFalse();
    }
}
