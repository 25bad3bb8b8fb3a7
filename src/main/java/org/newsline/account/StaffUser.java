package org.newsline.account;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in staff member, as kept in the (database-stored) session. */
public final class StaffUser extends User {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String displayName;
    private final Role role;

    StaffUser(long id, String email, String passwordHash, String displayName, Role role, boolean enabled) {
        super(email, passwordHash, enabled, true, true, true, authorities(role));
        this.id = id;
        this.displayName = displayName;
        this.role = role;
    }

    private static List<GrantedAuthority> authorities(Role role) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role each : Role.values()) {
            if (role.includes(each)) {
                authorities.add(new SimpleGrantedAuthority(each.authority()));
            }
        }
        return authorities;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String email() {
        return getUsername();
    }

    public boolean can(Role needed) {
        return role.includes(needed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffUser staff && staff.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
