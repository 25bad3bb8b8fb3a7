package org.newsline.account;

import java.util.Locale;

/** What a staff member may do. Each role includes the ones before it. */
public enum Role {
    /** Writes and submits their own drafts. */
    CORRESPONDENT,
    /** Edits any story; publishes, schedules, embargoes, corrects and unpublishes. */
    EDITOR,
    /** Everything an editor does, plus staff accounts and the audit log. */
    ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, such as {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    public static Role of(String code) {
        for (Role role : values()) {
            if (role.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role '" + code + "': use correspondent, editor or admin");
    }
}
