package org.newsline.backup;

/** A backup cannot be written or restored; the message says why in words an operator can act on. */
public final class BackupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupException(String message) {
        super(message);
    }

    BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
