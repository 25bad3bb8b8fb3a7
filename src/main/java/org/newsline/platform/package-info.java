/** Technical foundation every feature stands on: the database (embedded or external), the clock and languages. */
package org.newsline.platform;
