package org.newsline.article;

import org.newsline.platform.Language;

/**
 * Another language version of the same story.
 *
 * @param language its language
 * @param path its address
 * @param headline its headline
 */
public record Translation(Language language, String path, String headline) {}
