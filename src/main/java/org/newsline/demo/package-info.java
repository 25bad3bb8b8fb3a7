/** The demo agency: correspondents, stories and generated photos created on the first start of an empty site. */
package org.newsline.demo;
