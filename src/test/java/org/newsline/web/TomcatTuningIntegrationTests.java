package org.newsline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

@IntegrationTest
class TomcatTuningIntegrationTests {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void theRunningConnectorWritesThroughABufferAPageFitsIn() {
        Connector connector =
                ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        assertThat(connector.getProperty("socket.appWriteBufSize"))
                .hasToString(Integer.toString(TomcatTuning.WRITE_BUFFER_BYTES));
        assertThat(connector.getProperty("maxConnections")).isEqualTo(4096);
        assertThat(connector.getProperty("keepAliveTimeout")).isEqualTo(20_000);
    }
}
