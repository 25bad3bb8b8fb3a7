/**
 * Staff accounts and roles (correspondent, editor, admin), login with throttling and two-factor codes, personal API tokens,
 * the audit log, and the security rules of the newsroom and the API.
 */
package org.newsline.account;
