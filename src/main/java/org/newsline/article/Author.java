package org.newsline.article;

import org.newsline.platform.LocalizedText;

/**
 * A person in a byline: a correspondent or editor as readers see them (not a staff account).
 *
 * @param id database id
 * @param slug URL segment of their page
 * @param name name in each language's script
 * @param role role title such as "U.S. correspondent"
 * @param bio a short biography
 */
public record Author(long id, String slug, LocalizedText name, LocalizedText role, LocalizedText bio) {}
