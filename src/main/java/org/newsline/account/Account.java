package org.newsline.account;

import java.time.Instant;

/**
 * A staff account as the admin screens show it (never with its password hash).
 *
 * @param id database id
 * @param email sign-in name
 * @param displayName name shown in the newsroom
 * @param role what the account may do
 * @param enabled whether it may sign in
 * @param createdAt when it was created
 * @param lastLoginAt last successful sign-in, or {@code null}
 */
public record Account(
        long id,
        String email,
        String displayName,
        Role role,
        boolean enabled,
        Instant createdAt,
        Instant lastLoginAt) {}
