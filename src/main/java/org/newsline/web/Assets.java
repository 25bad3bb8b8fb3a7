package org.newsline.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Fingerprinted addresses of static files ({@code /css/site-<hash>.css}): templates link to these, so a
 * file can be cached for a year and a changed file gets a new address.
 */
@Component
public class Assets {

    private static volatile ResourceUrlProvider provider;

    Assets(ObjectProvider<ResourceUrlProvider> urls) {
        // Commands without a web server (create-admin, reindex) have no resource URLs to resolve.
        provider = urls.getIfAvailable();
    }

    /** The fingerprinted address of a static file, or the path itself if it cannot be resolved. */
    public static String url(String path) {
        ResourceUrlProvider current = provider;
        String versioned = current == null ? null : current.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }
}
