package org.newsline.platform;

import java.nio.file.Path;
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
        db = db == null ? new Db(null, null, null, 0) : db;
    }

    /**
     * An external PostgreSQL server, or none.
     *
     * @param url JDBC URL ({@code NEWSLINE_DB_URL}); blank means "start the embedded one"
     * @param user user name ({@code NEWSLINE_DB_USER})
     * @param password password ({@code NEWSLINE_DB_PASSWORD})
     * @param poolSize most connections this node opens ({@code NEWSLINE_DB_POOL_SIZE}, default 20)
     */
    public record Db(String url, String user, String password, int poolSize) {

        public Db {
            poolSize = poolSize <= 0 ? 20 : poolSize;
        }

        boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
