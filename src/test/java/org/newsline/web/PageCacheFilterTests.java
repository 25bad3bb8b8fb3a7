package org.newsline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

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

    private static MockHttpServletRequest get(String path) {
        return new MockHttpServletRequest("GET", path);
    }
}
