package org.newsline.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageCacheFilterTests {

    @Test
    void gzipIsTakenWhenNamedOrStarredWithoutAZeroQuality() {
        assertThat(PageCacheFilter.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(PageCacheFilter.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(PageCacheFilter.acceptsGzip("*")).isTrue();
        assertThat(PageCacheFilter.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PageCacheFilter.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(PageCacheFilter.acceptsGzip("identity")).isFalse();
        assertThat(PageCacheFilter.acceptsGzip("x-gzip-ish")).isFalse();
        assertThat(PageCacheFilter.acceptsGzip(null)).isFalse();
    }

    @Test
    void onlyPublicReadingPagesFeedsAndSitemapsAskedForWithoutCredentialsAreCacheable() {
        assertThat(PageCacheFilter.cacheable(get("/en/"))).isTrue();
        assertThat(PageCacheFilter.cacheable(get("/az/news-line"))).isTrue();
        assertThat(PageCacheFilter.cacheable(get("/ru/feed.rss"))).isTrue();
        assertThat(PageCacheFilter.cacheable(get("/sitemap.xml"))).isTrue();
        assertThat(PageCacheFilter.cacheable(get("/sitemaps/2026-11.xml"))).isTrue();

        assertThat(PageCacheFilter.cacheable(get("/newsroom"))).isFalse();
        assertThat(PageCacheFilter.cacheable(get("/api/v1/articles"))).isFalse();
        assertThat(PageCacheFilter.cacheable(get("/wire/v1/items"))).isFalse();
        assertThat(PageCacheFilter.cacheable(get("/media/1.jpg"))).isFalse();
        assertThat(PageCacheFilter.cacheable(get("/de/"))).isFalse();
        assertThat(PageCacheFilter.cacheable(get("/sitemapx"))).isFalse();
        assertThat(PageCacheFilter.cacheable(get("/en/search"))).isTrue();
        assertThat(PageCacheFilter.cacheable(get("/en/news-line/live"))).isFalse();

        MockHttpServletRequest post = get("/en/");
        post.setMethod("POST");
        assertThat(PageCacheFilter.cacheable(post)).isFalse();
        MockHttpServletRequest session = get("/en/");
        session.addHeader("Cookie", "NEWSLINE_SESSION=abc");
        assertThat(PageCacheFilter.cacheable(session)).isFalse();
        MockHttpServletRequest token = get("/en/");
        token.addHeader("Authorization", "Bearer x");
        assertThat(PageCacheFilter.cacheable(token)).isFalse();
        MockHttpServletRequest stream = get("/en/news-line");
        stream.addHeader("Accept", "text/event-stream");
        assertThat(PageCacheFilter.cacheable(stream)).isFalse();
    }

    @Test
    void aBodyLargerThanTheCacheKeepsStreamsToTheClientWholeAndIsRenderedAgainNextTime() throws Exception {
        PageCacheFilter filter = new PageCacheFilter(new PageCache(new PageCacheProperties(true, null, null, null)));
        int size = (int) PageCacheFilter.KEPT_AT_MOST + 100_000;
        AtomicInteger renders = new AtomicInteger();
        FilterChain chain = (request, response) -> {
            renders.incrementAndGet();
            PageCache.tag((HttpServletRequest) request, List.of("sitemaps"));
            response.setContentType("application/xml");
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            for (int written = 0; written < size; written += chunk.length) {
                response.getOutputStream().write(chunk, 0, Math.min(chunk.length, size - written));
            }
        };

        MockHttpServletResponse first = new MockHttpServletResponse();
        filter.doFilter(get("/sitemaps/2026-10.xml"), first, chain);
        MockHttpServletResponse second = new MockHttpServletResponse();
        filter.doFilter(get("/sitemaps/2026-10.xml"), second, chain);

        assertThat(first.getContentAsByteArray()).hasSize(size);
        assertThat(second.getContentAsByteArray()).hasSize(size);
        assertThat(first.getHeader("X-Newsline-Cache")).isNull();
        assertThat(renders).hasValue(2);
    }

    private static MockHttpServletRequest get(String path) {
        return new MockHttpServletRequest("GET", path);
    }
}
