package org.newsline.article;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Feeds every {@link ChangeListener} the change log in order. PostgreSQL {@code LISTEN/NOTIFY} wakes the
 * listeners as soon as a change commits; each also polls every second in case a notification is lost
 * (a dropped connection, a failover). Each listener runs on its own thread, so a slow one (a webhook)
 * never delays another (the search index).
 */
@Component
class ChangeLogFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeLogFollower.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final int BATCH = 500;

    private final ChangeLogRepository changes;
    private final DataSource dataSource;
    private final ObjectProvider<ChangeListener> listeners;
    private final List<Worker> workers = new ArrayList<>();
    private volatile boolean running;
    private Thread notificationThread;

    ChangeLogFollower(ChangeLogRepository changes, DataSource dataSource, ObjectProvider<ChangeListener> listeners) {
        this.changes = changes;
        this.dataSource = dataSource;
        this.listeners = listeners;
    }

    @Override
    public void start() {
        running = true;
        listeners.orderedStream().forEach(listener -> workers.add(new Worker(listener)));
        if (workers.isEmpty()) {
            return;
        }
        workers.forEach(Worker::start);
        notificationThread = new Thread(this::listenForNotifications, "change-log-notify");
        notificationThread.setDaemon(true);
        notificationThread.start();
    }

    @Override
    public void stop() {
        running = false;
        workers.forEach(Worker::stop);
        if (notificationThread != null) {
            notificationThread.interrupt();
        }
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Wakes every listener now, for example after a test wrote to the log. */
    void wakeAll() {
        workers.forEach(Worker::wake);
    }

    private void listenForNotifications() {
        while (running) {
            try (Connection connection = openListenConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN change_log");
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications((int) POLL.toMillis());
                    if (notifications != null && notifications.length > 0) {
                        wakeAll();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn(
                            "Change log notifications interrupted ({}); polling until the database answers",
                            e.getMessage());
                    sleep(POLL.multipliedBy(5));
                }
            }
        }
    }

    /**
     * A connection of its own, outside the pool: it is held for as long as the node runs, and must not
     * take a pooled connection away from page requests.
     */
    private Connection openListenConnection() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari) {
            java.util.Properties props = new java.util.Properties();
            if (hikari.getUsername() != null) {
                props.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                props.setProperty("password", hikari.getPassword());
            }
            props.setProperty("connectTimeout", "5");
            props.setProperty("tcpKeepAlive", "true");
            return DriverManager.getConnection(hikari.getJdbcUrl(), props);
        }
        return dataSource.getConnection();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Delivers the log to one listener from its stored position. */
    private final class Worker {
        private final ChangeListener listener;
        private final Semaphore wakeUp = new Semaphore(0);
        private Thread thread;

        Worker(ChangeListener listener) {
            this.listener = listener;
        }

        void start() {
            thread = new Thread(this::run, "change-log-" + listener.followerName());
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            thread.interrupt();
        }

        void wake() {
            wakeUp.release();
        }

        private void run() {
            while (running && !Thread.currentThread().isInterrupted()) {
                try {
                    deliverAll();
                } catch (RuntimeException e) {
                    log.warn("Change log follower '{}' failed; retrying: {}", listener.followerName(), e.toString());
                }
                try {
                    wakeUp.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void deliverAll() {
            String name = listener.followerName();
            long position = changes.position(name).orElseGet(() -> {
                long start = listener.startAfter() == Long.MAX_VALUE ? changes.latestId() : listener.startAfter();
                changes.storePosition(name, start);
                return start;
            });
            List<Change> batch;
            do {
                batch = changes.after(position, BATCH);
                if (batch.isEmpty()) {
                    return;
                }
                listener.onChanges(batch);
                position = batch.get(batch.size() - 1).id();
                changes.storePosition(name, position);
            } while (batch.size() == BATCH && running);
        }
    }
}
