package org.newsline.media;

/**
 * An uploaded file was refused: it is not a JPEG, PNG or WebP image, cannot be decoded, or is too large.
 * The message is a complete sentence that names the file and the problem, fit to show to the uploader.
 */
public class InvalidImageException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidImageException(String message) {
        super(message);
    }

    public InvalidImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
