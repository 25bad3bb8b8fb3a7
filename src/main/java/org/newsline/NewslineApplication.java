package org.newsline;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Newsline application: public site, newsroom and wire service in one Spring Boot app. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NewslineApplication {

    /**
     * Runs the command line; with no subcommand the site is served.
     *
     * @param args subcommand and options, see {@link NewslineCommand}
     */
    public static void main(String[] args) {
        System.exit(NewslineCommand.run(args));
    }
}
