/**
 * The wire service: subscribing media, their entitlements, the pull API and signed webhook pushes of every
 * entitled change, in IPTC ninjs and NewsML-G2.
 */
package org.newsline.wire;
