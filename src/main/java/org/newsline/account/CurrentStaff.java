package org.newsline.account;

import java.util.Optional;
import org.newsline.platform.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in staff member of the current request, from Spring Security's context. */
@Component
public class CurrentStaff implements CurrentActor {

    @Override
    public Optional<Long> accountId() {
        return user().map(StaffUser::id);
    }

    /** The signed-in staff member, if any. */
    public static Optional<StaffUser> user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffUser staff
                ? Optional.of(staff)
                : Optional.empty();
    }
}
