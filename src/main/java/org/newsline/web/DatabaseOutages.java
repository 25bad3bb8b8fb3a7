package org.newsline.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure of the database (unreachable, restarting, read-only during a failover, a statement cut by
 * its timeout) from a fault of the request or of the code. The first kind answers 503 with
 * {@code Retry-After}: it passes by itself.
 */
public final class DatabaseOutages {

    /** What {@code Retry-After} advises: about the time a restart or failover takes. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    /**
     * SQLSTATE classes and codes of an unavailable server: 08 connection exception, 53 insufficient
     * resources, 57 operator intervention (shutdown, statement timeout), 58 system error, 25006 read-only
     * transaction (a standby or a failover window), 55P03 lock not available, 40001/40P01 serialization
     * failure or deadlock.
     */
    private static final Set<String> CLASSES = Set.of("08", "53", "57", "58");

    private static final Set<String> CODES = Set.of("25006", "55P03", "40001", "40P01");

    private DatabaseOutages() {}

    /** Whether this failure, or one of its causes, says the database is unavailable for now. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof TransactionSystemException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (CODES.contains(state) || (state.length() >= 2 && CLASSES.contains(state.substring(0, 2)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
