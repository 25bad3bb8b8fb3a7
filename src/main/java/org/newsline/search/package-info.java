/**
 * Full-text search: a Lucene index under {@code $NEWSLINE_HOME/index} derived from the published stories and
 * kept current by following the change log, analyzers for Azerbaijani, Russian and English, queries with
 * facets and highlighted snippets, and related stories.
 */
package org.newsline.search;
