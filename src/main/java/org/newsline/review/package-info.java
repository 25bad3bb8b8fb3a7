/**
 * Reader reviews ("Leave a review") and readers' error reports under each story: the form and its abuse
 * defences, pre- or post-moderation per story, the newsroom's moderation and corrections queues and API.
 */
package org.newsline.review;
