package org.newsline.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns a story's Markdown into HTML that is safe to show: whatever raw HTML an author typed, scripts,
 * event handlers, styles and frames are removed.
 */
@Component
public class BodyRenderer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowStandardUrlProtocols()
                    .allowAttributes("href", "title")
                    .onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .allowElements("pre", "code", "hr", "br", "figure", "figcaption")
                    .toFactory());

    /** Characters of Markdown and HTML kept: 16 million, some 32 MB, a few thousand stories. */
    private static final long RENDERED_CHARS = 16_000_000;

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();
    private final TextContentRenderer textRenderer =
            TextContentRenderer.builder().build();

    /**
     * Bodies rendered lately, by their Markdown: rendering and sanitising is most of the work of showing a story
     * that is not in the page cache, and a story's body changes far less often than it is read.
     */
    private final Cache<String, String> rendered = Caffeine.newBuilder()
            .maximumWeight(RENDERED_CHARS)
            .weigher((String markdown, String html) -> markdown.length() + html.length())
            .build();

    /** Renders Markdown to sanitised HTML. */
    public String toHtml(String markdown) {
        String source = markdown == null ? "" : markdown;
        return rendered.get(source, text -> POLICY.sanitize(renderer.render(parser.parse(text))));
    }

    /**
     * Renders Markdown to plain text for indexing and snippets: markup and raw HTML tags are dropped, the
     * words stay. The result is not escaped; whoever shows it escapes it.
     */
    public String toPlainText(String markdown) {
        String text = textRenderer.render(parser.parse(markdown == null ? "" : markdown));
        return text.replaceAll("<[^>]{0,500}>", " ").strip();
    }
}
