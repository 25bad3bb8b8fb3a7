package org.newsline.platform;

import java.sql.SQLException;

/** The external database named by {@code NEWSLINE_DB_URL} could not be reached at start-up. */
final class DatabaseUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DatabaseUnreachableException(String url, SQLException cause) {
        super("cannot connect to the database NEWSLINE_DB_URL=" + url + ": " + firstLine(cause.getMessage()), cause);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
