/**
 * Staff accounts and roles (correspondent, editor, admin), login with throttling, personal API tokens,
 * the audit log, and the security rules of the newsroom and the API.
 */
package org.newsline.account;
