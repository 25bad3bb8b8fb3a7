package org.newsline.platform;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts the embedded PostgreSQL as soon as the settings are read, on its own thread, so the server boots
 * while Spring builds the rest of the application; the data source then takes the running server. Does
 * nothing when an external database is configured. Added by the {@code serve} command only: tests start
 * their database the ordinary way.
 */
public final class EarlyDatabaseStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Binder settings = Binder.get(event.getEnvironment());
        boolean external = settings.bind("newsline.db.url", String.class)
                .map(url -> !url.isBlank())
                .orElse(false);
        if (!external) {
            // Read from the same setting as NewslineProperties.home(), so the data source claims this server.
            String home = settings.bind("newsline.home", String.class).orElse("data");
            EmbeddedDatabase.startEarly(Path.of(home).resolve("pg"));
        }
    }
}
