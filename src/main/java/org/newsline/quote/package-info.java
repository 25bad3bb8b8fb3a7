/** Who said what: quotes, their speakers and the people, places and organisations stories mention, with person and topic pages. */
package org.newsline.quote;
