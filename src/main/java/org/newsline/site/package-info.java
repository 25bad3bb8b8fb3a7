/**
 * The public reading side: home page, News Line, article pages, category, correspondent and tag pages,
 * in Azerbaijani, Russian and English.
 */
package org.newsline.site;
