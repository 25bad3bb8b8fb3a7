package org.newsline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * The running test applications by port (registered through {@code META-INF/spring.factories}), so a test
 * client that only knows a port can compute two-factor codes from that application's clock.
 */
public final class TestApps implements ApplicationListener<WebServerInitializedEvent> {

    private static final Map<Integer, ApplicationContext> BY_PORT = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        BY_PORT.put(event.getWebServer().getPort(), event.getApplicationContext());
    }

    /** The application serving this port. */
    public static ApplicationContext at(int port) {
        ApplicationContext context = BY_PORT.get(port);
        if (context == null) {
            throw new IllegalStateException("No test application runs on port " + port);
        }
        return context;
    }
}
