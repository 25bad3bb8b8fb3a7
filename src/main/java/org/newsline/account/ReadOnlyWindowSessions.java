package org.newsline.account;

import java.sql.SQLException;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store as a failover's read-only window needs it. Spring Session writes a session after every
 * request (at least its last-access time), and while PostgreSQL refuses writes (SQLSTATE 25006) that write would
 * turn every page a signed-in editor opens into an error. A session that is already stored under its id keeps
 * its stored state instead: the request goes on, and the last-access time (or a flash message) is written by
 * the first request after the window. A new session, a new session id (signing in) and a deleted one (signing
 * out) still fail, as they must, and answer 503.
 */
final class ReadOnlyWindowSessions<S extends Session> implements FindByIndexNameSessionRepository<S> {

    private static final Log log = LogFactory.getLog(ReadOnlyWindowSessions.class);
    private static final String READ_ONLY = "25006";

    private final FindByIndexNameSessionRepository<S> sessions;

    ReadOnlyWindowSessions(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    @Override
    public S createSession() {
        return sessions.createSession();
    }

    @Override
    public void save(S session) {
        try {
            sessions.save(session);
        } catch (RuntimeException e) {
            if (!readOnly(e) || sessions.findById(session.getId()) == null) {
                throw e;
            }
            log.debug("Session not written: the database is read-only for now");
        }
    }

    @Override
    public S findById(String id) {
        return sessions.findById(id);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    @Override
    public Map<String, S> findByPrincipalName(String principalName) {
        return sessions.findByPrincipalName(principalName);
    }

    /** Whether PostgreSQL refused a write because it is read-only for now (SQLSTATE 25006). */
    static boolean readOnly(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && READ_ONLY.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
