package org.newsline.article;

import org.newsline.platform.LocalizedText;

/**
 * A section of the site such as Politics; slugs are English in every language.
 *
 * @param id database id
 * @param slug URL segment, such as {@code politics}
 * @param name name in each language
 */
public record Category(int id, String slug, LocalizedText name) {}
