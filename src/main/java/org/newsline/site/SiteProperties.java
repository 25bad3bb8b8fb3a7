package org.newsline.site;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public site ({@code newsline.site.*}).
 *
 * @param name the agency's name as the masthead shows it
 * @param baseUrl the public origin of the site, used for canonical and alternate links
 * @param social "Follow us on social networks" links per language code: network name to address, in
 *     display order, e.g. {@code newsline.site.social.en.telegram=https://t.me/agency}
 */
@ConfigurationProperties("newsline.site")
record SiteProperties(String name, String baseUrl, Map<String, LinkedHashMap<String, String>> social) {

    SiteProperties {
        name = name == null || name.isBlank() ? "Newsline" : name;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        social = social == null ? Map.of() : social;
    }
}
