/** Images: storing uploaded or generated pictures and serving them to readers. */
package org.newsline.media;
