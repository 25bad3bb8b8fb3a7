/**
 * Backup and restore: the whole database as portable PostgreSQL {@code COPY} text with a checksummed manifest,
 * written and read without {@code pg_dump}.
 */
package org.newsline.backup;
