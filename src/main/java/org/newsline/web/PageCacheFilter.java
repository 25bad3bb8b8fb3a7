package org.newsline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from {@link PageCache} with validators a CDN and browsers understand: a strong
 * {@code ETag}, {@code Last-Modified}, 304 answers, and {@code Cache-Control} with a short
 * {@code max-age}, {@code stale-while-revalidate} and {@code stale-if-error}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PageCacheFilter extends OncePerRequestFilter {

    /** Public reading pages; the newsroom, APIs, search, media and static files are never cached here. */
    private static final Pattern PUBLIC_PAGE = Pattern.compile("^/(az|ru|en)/(?!search)[^.]*$");

    /** How long a reader waits for another request's render before getting the last good copy. */
    private static final long STALE_AFTER_SECONDS = 2;

    private final PageCache cache;

    PageCacheFilter(PageCache cache) {
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String accept = request.getHeader("Accept");
        return !cache.enabled()
                || !("GET".equals(method) || "HEAD".equals(method))
                || !PUBLIC_PAGE.matcher(request.getRequestURI()).matches()
                // Streams (the live News Line) must reach the reader as they are written, never buffered.
                || request.getRequestURI().endsWith("/live")
                || (accept != null && accept.contains("text/event-stream"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        PageCache.Lookup lookup = cache.lookup(key);
        CachedPage page;
        if (lookup.owner()) {
            CachedPage lastGood = cache.lastGood(key);
            try {
                page = render(request, response, chain, lastGood != null);
            } catch (IOException | ServletException | RuntimeException e) {
                cache.fail(key, lookup, e);
                throw e;
            }
            cache.finish(key, lookup, page);
            if (page.status() == HttpServletResponse.SC_SERVICE_UNAVAILABLE && lastGood != null) {
                sendStale(request, response, lastGood);
                return;
            }
            if (page.tags().isEmpty() || page.status() != 200) {
                return; // already written to the client by the render itself
            }
            response.setHeader("X-Newsline-Cache", "miss");
        } else {
            CachedPage lastGood = cache.lastGood(key);
            page = await(lookup, lastGood == null ? 10 : STALE_AFTER_SECONDS);
            if (page == null) {
                // A render that fails for want of the database, or that the database keeps waiting
                // (a partition, a lock): readers get the last good copy instead of waiting with it.
                if (lastGood != null && (!lookup.future().isDone() || failedForNow(lookup))) {
                    sendStale(request, response, lastGood);
                    return;
                }
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("X-Newsline-Cache", "hit");
        }
        send(request, response, page);
    }

    /**
     * Renders the page; its body goes to the client unless it is kept (a cacheable 200) or, when
     * {@code staleAvailable}, it is the 503 of a database outage, which the last good copy replaces.
     */
    private CachedPage render(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, boolean staleAvailable)
            throws IOException, ServletException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        @SuppressWarnings("unchecked")
        Set<String> tags = (Set<String>) request.getAttribute(PageCache.TAGS);
        byte[] body = wrapper.getContentAsByteArray();
        CachedPage page = new CachedPage(
                wrapper.getStatus(),
                wrapper.getContentType(),
                wrapper.getHeader("Content-Language"),
                body,
                "\"" + sha1(body) + "\"",
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                tags == null ? Set.of() : Set.copyOf(tags));
        boolean replacedByStale = staleAvailable && page.status() == HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        if ((page.tags().isEmpty() || page.status() != 200) && !replacedByStale) {
            wrapper.copyBodyToResponse();
        } else {
            wrapper.resetBuffer();
        }
        return page;
    }

    /** Waits for another request's render; {@code null} when it failed or is not worth waiting for. */
    private static CachedPage await(PageCache.Lookup lookup, long seconds) {
        try {
            CachedPage page = lookup.future().get(seconds, TimeUnit.SECONDS);
            return page.tags().isEmpty() || page.status() != 200 ? null : page;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Whether the render this request waited for answered 503: the database is unavailable. */
    private static boolean failedForNow(PageCache.Lookup lookup) {
        if (lookup.future().isCompletedExceptionally()) {
            return false;
        }
        CachedPage result = lookup.future().getNow(null);
        return result != null && result.status() == HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    /**
     * The last good copy while the page cannot be rendered (the database is unavailable): what
     * {@code stale-if-error} promises a CDN, done here for readers reaching this node directly.
     */
    private void sendStale(HttpServletRequest request, HttpServletResponse response, CachedPage lastGood)
            throws IOException {
        response.reset();
        response.setHeader("X-Newsline-Cache", "stale");
        send(request, response, lastGood);
    }

    private void send(HttpServletRequest request, HttpServletResponse response, CachedPage page) throws IOException {
        long maxAge = cache.properties().browserMaxAge().toSeconds();
        response.setHeader(
                "Cache-Control",
                "public, max-age=" + maxAge + ", stale-while-revalidate=" + (maxAge * 2) + ", stale-if-error=86400");
        response.setHeader("ETag", page.etag());
        response.setDateHeader("Last-Modified", page.renderedAt().toEpochMilli());
        if (notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(page.status());
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader("Content-Language", page.contentLanguage());
        }
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    private static boolean notModified(HttpServletRequest request, CachedPage page) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.contains(page.etag()) || ifNoneMatch.strip().equals("*");
        }
        long since = -1;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return since >= 0 && page.renderedAt().toEpochMilli() <= since;
    }

    private static String sha1(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
