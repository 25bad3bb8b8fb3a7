/**
 * Cross-cutting web concerns: the page layout model, translated interface strings, error pages and
 * problem responses, and security headers. Never depends on a feature.
 */
package org.newsline.web;
