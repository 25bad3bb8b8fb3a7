package org.newsline.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This node's name among several app nodes on one database ({@code NEWSLINE_NODE_NAME}, else host and port),
 * for change-log followers whose work is per node, such as caches and live connections.
 */
@Component
public class NodeName {

    private static final Logger log = LoggerFactory.getLogger(NodeName.class);

    private final String name;

    NodeName(Environment environment) {
        String configured = environment.getProperty("newsline.node-name");
        this.name = configured != null && !configured.isBlank()
                ? configured.strip()
                : host() + ":" + environment.getProperty("server.port", "8080");
    }

    public String name() {
        return name;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            log.warn("Cannot read the host name ({}); set NEWSLINE_NODE_NAME on every node", e.getMessage());
            return "localhost";
        }
    }
}
