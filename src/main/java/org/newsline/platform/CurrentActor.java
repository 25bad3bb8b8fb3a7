package org.newsline.platform;

import java.util.Optional;

/** Who is acting in the current request or command, if a staff member: recorded with every saved version. */
public interface CurrentActor {

    /** The staff account id, or empty for the system (jobs, demo content, imports). */
    Optional<Long> accountId();
}
