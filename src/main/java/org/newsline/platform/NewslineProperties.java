package org.newsline.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Newsline keeps its files and which database it uses ({@code NEWSLINE_HOME}, {@code NEWSLINE_DB_*}).
 *
 * @param home folder for the embedded database, the search index and other local files
 * @param db the database; with no URL an embedded PostgreSQL is started under {@code home/pg}
 * @param zone the agency's time zone: datelines, article URLs and "today" on the News Line use it
 */
@ConfigurationProperties("newsline")
public record NewslineProperties(Path home, Db db, ZoneId zone) {

    public NewslineProperties {
        home = home == null ? Path.of("data") : home;
        zone = zone == null ? ZoneId.of("Asia/Baku") : zone;
        db = db == null ? new Db(null, null, null, 0, null, null, null) : db;
    }

    /**
     * An external PostgreSQL server, or none.
     *
     * @param url JDBC URL ({@code NEWSLINE_DB_URL}); blank means "start the embedded one"
     * @param user user name ({@code NEWSLINE_DB_USER})
     * @param password password ({@code NEWSLINE_DB_PASSWORD})
     * @param poolSize most connections this node opens ({@code NEWSLINE_DB_POOL_SIZE}, default 20)
     * @param connectTimeout longest wait for a connection, from the pool or a new one from the server (3 s):
     *     a request during an outage fails fast with 503 instead of holding a thread
     * @param statementTimeout longest one SQL statement may run, a lock wait included (10 s)
     * @param socketTimeout longest wait for any answer from the server on an open connection (30 s): the
     *     last guard when packets vanish (a network partition), above the statement timeout
     */
    public record Db(
            String url,
            String user,
            String password,
            int poolSize,
            Duration connectTimeout,
            Duration statementTimeout,
            Duration socketTimeout) {

        public Db {
            poolSize = poolSize <= 0 ? 20 : poolSize;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
            statementTimeout = statementTimeout == null ? Duration.ofSeconds(10) : statementTimeout;
            socketTimeout = socketTimeout == null ? Duration.ofSeconds(30) : socketTimeout;
        }

        boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
