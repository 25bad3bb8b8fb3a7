package org.newsline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyRendererTests {

    private final BodyRenderer renderer = new BodyRenderer();

    @Test
    void markdownBecomesHtml() {
        String html =
                renderer.toHtml("## Heading\n\nSome **bold** and a [link](https://example.org/x).\n\n- one\n- two");

        assertThat(html)
                .contains("<h2>Heading</h2>")
                .contains("<strong>bold</strong>")
                .contains("href=\"https://example.org/x\"")
                .contains("<li>one</li>");
    }

    @Test
    void linksOpenSafely() {
        assertThat(renderer.toHtml("[x](https://example.org)"))
                .contains("noopener")
                .contains("noreferrer");
    }

    @Test
    void scriptsHandlersAndDangerousUrlsAreRemoved() {
        String html = renderer.toHtml("<script>alert(1)</script><p onclick=\"x()\">text</p>"
                + "<a href=\"javascript:alert(1)\">a</a><img src=x onerror=alert(1)><style>body{}</style>");

        assertThat(html.toLowerCase())
                .contains("text")
                .doesNotContain("script")
                .doesNotContain("onclick")
                .doesNotContain("javascript")
                .doesNotContain("onerror")
                .doesNotContain("<style");
    }
}
