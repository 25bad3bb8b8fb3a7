package org.newsline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from {@link PageCache}, in front of everything else (Spring Security included), so a
 * hit costs a map lookup and a write. A page is kept with every header its render carried, security headers
 * included, and a hit replays them, so a hit and a miss answer alike. Requests with credentials (any cookie,
 * such as a newsroom session, or an {@code Authorization} header) never touch the cache: security may treat
 * them differently. Answers carry validators a CDN and browsers understand: a strong {@code ETag},
 * {@code Last-Modified}, 304 answers, {@code Cache-Control} with a short {@code max-age},
 * {@code stale-while-revalidate} and {@code stale-if-error}, and a gzip copy made once.
 */
final class PageCacheFilter extends HttpFilter {

    /** Headers the cache sets itself, or that belong to one connection or one moment, never replayed. */
    private static final Set<String> NOT_REPLAYED = Set.of(
            "cache-control",
            "etag",
            "last-modified",
            "content-length",
            "content-type",
            "content-encoding",
            "transfer-encoding",
            "vary",
            "date",
            "connection",
            "keep-alive",
            "expires",
            "pragma",
            "x-newsline-cache");

    /** The largest body kept: bigger ones stream through (a page is tens of kilobytes, a sitemap month a few MB). */
    static final long KEPT_AT_MOST = 16L * 1024 * 1024;

    /** How long a reader waits for another request's render before getting the last good copy. */
    private static final long STALE_AFTER_SECONDS = 2;

    private final PageCache cache;
    private final String cacheControl;

    PageCacheFilter(PageCache cache) {
        this.cache = cache;
        long maxAge = cache.properties().browserMaxAge().toSeconds();
        this.cacheControl =
                "public, max-age=" + maxAge + ", stale-while-revalidate=" + (maxAge * 2) + ", stale-if-error=86400";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        String key = request.isSecure() ? "https:" : "";
        key = key + request.getRequestURI() + (query == null ? "" : "?" + query);
        CachedPage ready = cache.ready(key);
        if (ready != null) {
            send(request, response, ready, "hit");
            return;
        }
        PageCache.Lookup lookup = cache.lookup(key);
        CachedPage lastGood = cache.lastGood(key);
        if (!lookup.owner()) {
            CachedPage page = await(lookup, lastGood == null ? 10 : STALE_AFTER_SECONDS);
            if (page != null) {
                send(request, response, page, "hit");
            } else if (lastGood != null && (!lookup.future().isDone() || failedForNow(lookup))) {
                // A render that fails for want of the database, or that the database keeps waiting
                // (a partition, a lock): readers get the last good copy instead of waiting with it.
                sendStale(request, response, lastGood);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        CachedPage page;
        Recording wrapper = new Recording(response);
        try {
            page = render(request, wrapper, chain);
        } catch (IOException | ServletException | RuntimeException e) {
            cache.fail(key, lookup, e);
            throw e;
        }
        if (wrapper.passedThrough()) {
            // Sent as written and not kept: whoever waited for it renders it themselves.
            cache.fail(key, lookup, new IllegalStateException("Larger than the cache keeps: " + key));
            wrapper.copyBodyToResponse();
            return;
        }
        cache.finish(key, lookup, page);
        if (page.keepable()) {
            wrapper.resetBuffer();
            send(request, response, page, "miss");
        } else if (page.status() == HttpServletResponse.SC_SERVICE_UNAVAILABLE && lastGood != null) {
            wrapper.resetBuffer();
            sendStale(request, response, lastGood);
        } else {
            wrapper.copyBodyToResponse();
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
        send(request, response, lastGood, "stale");
    }

    /** Public reading pages, feeds and sitemaps, asked for without credentials. */
    static boolean cacheable(HttpServletRequest request) {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method))
                || request.getHeader("Cookie") != null
                || request.getHeader("Authorization") != null) {
            return false;
        }
        String path = request.getRequestURI();
        if (path.startsWith("/sitemap")) {
            return path.equals("/sitemap.xml") || path.startsWith("/sitemaps/");
        }
        if (path.length() < 4
                || path.charAt(0) != '/'
                || path.charAt(3) != '/'
                || !(path.startsWith("az", 1) || path.startsWith("ru", 1) || path.startsWith("en", 1))) {
            return false;
        }
        // Streams (the live News Line) must never be buffered.
        if (path.endsWith("/live")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept == null || !accept.contains("text/event-stream");
    }

    private static CachedPage render(HttpServletRequest request, Recording response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        @SuppressWarnings("unchecked")
        Set<String> tags = (Set<String>) request.getAttribute(PageCache.TAGS);
        List<CachedPage.Header> headers = new ArrayList<>();
        for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
            if (name.equalsIgnoreCase("Set-Cookie")) {
                tags = null; // a page that sets a cookie is someone's own: never shown to others
            } else if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new CachedPage.Header(name, value));
                }
            }
        }
        // Tomcat keeps the language apart from the other headers until it sends them: not among their names.
        if (response.language != null
                && headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Content-Language"))) {
            headers.add(new CachedPage.Header("Content-Language", response.language));
        }
        return CachedPage.of(
                response.getStatus(),
                response.getContentType(),
                headers,
                response.getContentAsByteArray(),
                tags == null ? Set.of() : tags);
    }

    /**
     * Keeps the body of a render, and the language it was given (sent as {@code Content-Language}), up to
     * {@link #KEPT_AT_MOST} bytes written to the output stream: a body that grows past that (a sitemap of a
     * million addresses) is passed on to the client as it is written and never kept, so the cache does not hold
     * in memory what the page streams to save memory.
     */
    private static final class Recording extends ContentCachingResponseWrapper {
        private String language;
        private boolean passedThrough;
        private ServletOutputStream stream;

        Recording(HttpServletResponse response) {
            super(response);
        }

        /** Whether the body outgrew the cache and went to the client directly. */
        boolean passedThrough() {
            return passedThrough;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream recorded = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        target(1).write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        target(length).write(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        if (passedThrough) {
                            getResponse().getOutputStream().flush();
                        }
                    }

                    private java.io.OutputStream target(int more) throws IOException {
                        if (!passedThrough && getContentSize() + (long) more > KEPT_AT_MOST) {
                            passedThrough = true;
                            copyBodyToResponse(false);
                        }
                        return passedThrough ? getResponse().getOutputStream() : recorded;
                    }

                    @Override
                    public boolean isReady() {
                        return recorded.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        recorded.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public void setLocale(Locale locale) {
            super.setLocale(locale);
            language = locale == null ? null : locale.toLanguageTag();
        }
    }

    /** Waits for another request's render; {@code null} when it failed or is not worth waiting for. */
    private static CachedPage await(PageCache.Lookup lookup, long seconds) {
        try {
            CachedPage page = lookup.future().get(seconds, TimeUnit.SECONDS);
            return page.keepable() ? page : null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void send(HttpServletRequest request, HttpServletResponse response, CachedPage page, String outcome)
            throws IOException {
        for (CachedPage.Header header : page.headers()) {
            response.setHeader(header.name(), header.value());
        }
        boolean gzip = page.gzip() != null && acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = gzip ? page.gzipEtag() : page.etag();
        response.setHeader("X-Newsline-Cache", outcome);
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", page.lastModified());
        if (page.gzip() != null) {
            response.setHeader("Vary", "Accept-Encoding");
        }
        if (notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? page.gzip().bytes() : page.body();
        response.setStatus(page.status());
        response.setContentType(page.contentType());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Whether the client takes gzip: named in {@code Accept-Encoding} (or {@code *}) without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().replace(" ", "");
                    if (parameter.matches("(?i)q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static boolean notModified(HttpServletRequest request, CachedPage page) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.contains(page.etag())
                    || ifNoneMatch.contains(page.gzipEtag())
                    || ifNoneMatch.strip().equals("*");
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return since >= 0 && page.renderedAt().toEpochMilli() <= since;
    }
}
