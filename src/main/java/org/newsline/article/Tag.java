package org.newsline.article;

import org.newsline.platform.LocalizedText;

/**
 * A topic label shared by stories in all languages.
 *
 * @param id database id
 * @param slug URL segment
 * @param name name in each language (missing ones fall back)
 */
public record Tag(long id, String slug, LocalizedText name) {}
