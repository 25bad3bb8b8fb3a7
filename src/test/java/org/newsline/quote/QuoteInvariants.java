package org.newsline.quote;

import static org.assertj.core.api.Assertions.assertThat;

/** What must hold for every extraction: verbatim offsets, no overlapping spans, a rule and a confidence. */
final class QuoteInvariants {

    private QuoteInvariants() {}

    static void check(Extraction extraction) {
        int lastEnd = -1;
        for (Quote quote : extraction.quotes()) {
            assertThat(extraction.text().substring(quote.start(), quote.end())).isEqualTo(quote.text());
            assertThat(quote.start()).isGreaterThanOrEqualTo(lastEnd);
            assertThat(quote.rule()).isNotBlank();
            assertThat(quote.confidence()).isBetween(0.0, 1.0);
            assertThat(quote.speaker() == null).isEqualTo("none".equals(quote.rule()));
            lastEnd = quote.end();
        }
    }
}
