/**
 * How readers' tools and machines reach the stories: RSS, Atom and JSON feeds, sitemaps and the Google News
 * sitemap, robots.txt, JSON-LD and social card tags, share links, the live News Line and WebSub pings.
 */
package org.newsline.feed;
