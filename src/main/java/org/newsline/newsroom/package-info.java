/**
 * The staff side: dashboard, story editor, workflow (submit, publish, schedule, embargo, correct, unpublish),
 * revisions, and the newsroom JSON API. Every action is checked against the role and audit-logged.
 */
package org.newsline.newsroom;
