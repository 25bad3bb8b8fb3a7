package org.newsline.search;

/**
 * The index answers differently from now on: stories were indexed, changed or removed, or the index was rebuilt.
 * Published after the change is searchable, so whoever keeps search answers can drop them.
 */
public record SearchIndexChanged() {}
