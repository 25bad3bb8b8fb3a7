/**
 * The content model: stories as language versions in translation sets, bylines, categories, tags, photos,
 * what readers may see, and the change log every visible change is written to.
 */
package org.newsline.article;
