package org.newsline.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReviewTextTests {

    @Test
    void textIsKeptInNfc() {
        String decomposed = "Cafe\u0301 and S\u0327";

        assertThat(ReviewText.normalize(decomposed)).isEqualTo("Café and Ş");
    }

    @Test
    void bidiOverridesIsolatesAndMarksAreRemoved() {
        String spoof = "invoice\u202Egpj.exe\u202C and \u2066hidden\u2069\u200F end";

        assertThat(ReviewText.normalize(spoof)).isEqualTo("invoicegpj.exe and hidden end");
    }

    @Test
    void controlCharactersAreRemovedButLineBreaksStay() {
        String text = "one\u0000two\u0007\r\nthree\u001B[31m\tfour\u0085";

        assertThat(ReviewText.normalize(text)).isEqualTo("onetwo\nthree[31m four");
    }

    @Test
    void aRemovedCharacterBetweenALetterAndItsMarkStillGivesNfc() {
        assertThat(ReviewText.normalize("e\u202E\u0301")).isEqualTo("é");
    }

    @Test
    void moreThanOneBlankLineBecomesOne() {
        assertThat(ReviewText.normalize("  first  \n\n\n\n\nsecond\u2028third  "))
                .isEqualTo("first\n\nsecond\nthird");
    }

    @Test
    void aNameIsOneLine() {
        assertThat(ReviewText.normalizeLine(" Ali\n\t Aliyev \u202E")).isEqualTo("Ali Aliyev");
    }

    @Test
    void emailsAreLowerCasedAndCheckedLoosely() {
        assertThat(ReviewText.normalizeEmail(" Reader@Example.AZ ")).isEqualTo("reader@example.az");
        assertThat(ReviewText.normalizeEmail("not an address")).isEmpty();
        assertThat(ReviewText.normalizeEmail("a@b")).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertThat(ReviewText.length("😀😀")).isEqualTo(2);
    }

    @Test
    void markupIsEscapedNotInterpreted() {
        String html = ReviewText.toHtml("<script>alert(1)</script> <img src=x onerror=alert(2)> & \"quotes\"");

        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, img")).isEmpty();
        assertThat(doc.text()).isEqualTo("<script>alert(1)</script> <img src=x onerror=alert(2)> & \"quotes\"");
    }

    @Test
    void addressesBecomeNofollowUgcLinks() {
        String html = ReviewText.toHtml("See https://example.org/a?b=1&c=2 and www.example.com/x.");

        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("a")).hasSize(2);
        Element first = doc.select("a").get(0);
        assertThat(first.attr("href")).isEqualTo("https://example.org/a?b=1&c=2");
        assertThat(first.attr("rel").split(" ")).contains("nofollow", "ugc", "noopener");
        assertThat(doc.select("a").get(1).attr("href")).isEqualTo("https://www.example.com/x");
        assertThat(doc.select("a").get(1).text()).isEqualTo("www.example.com/x");
        assertThat(doc.text()).endsWith("www.example.com/x.");
    }

    @Test
    void aLinkCannotBreakOutOfItsAttribute() {
        String html =
                ReviewText.toHtml("http://evil.example/\"onmouseover=\"alert(1) and http://x.example/'><b>bold</b>");

        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("a[onmouseover], b")).isEmpty();
        assertThat(doc.select("a").eachAttr("href")).containsExactly("http://evil.example/", "http://x.example/");
    }

    @Test
    void onlyWebAddressesAreLinked() {
        String html = ReviewText.toHtml("javascript:alert(1) data:text/html,hi mailto:a@b.az ftp://x.example");

        assertThat(Jsoup.parseBodyFragment(html).select("a")).isEmpty();
    }

    @Test
    void punctuationAndAnUnmatchedBracketAfterAnAddressStayText() {
        String html = ReviewText.toHtml("(see https://en.wikipedia.org/wiki/Baku_(city)), then https://example.org!");

        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("a").eachText())
                .containsExactly("https://en.wikipedia.org/wiki/Baku_(city)", "https://example.org");
        // The sanitizer percent-encodes brackets in addresses, which names the same page.
        assertThat(doc.select("a").eachAttr("href"))
                .containsExactly("https://en.wikipedia.org/wiki/Baku_%28city%29", "https://example.org");
    }

    @Test
    void paragraphsAndLineBreaksAreKept() {
        String html = ReviewText.toHtml("line one\nline two\n\nsecond paragraph");

        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("p")).hasSize(2);
        assertThat(doc.select("p").first().select("br")).hasSize(1);
    }

    @Test
    void linksAreCounted() {
        assertThat(ReviewText.links("https://a.example and http://b.example and www.c.example"))
                .isEqualTo(3);
        assertThat(ReviewText.links("no links here")).isZero();
    }
}
