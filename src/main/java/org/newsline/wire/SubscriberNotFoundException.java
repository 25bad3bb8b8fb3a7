package org.newsline.wire;

/** No such subscriber, key or delivery: answered with 404. */
public class SubscriberNotFoundException extends RuntimeException {

    public SubscriberNotFoundException(String message) {
        super(message);
    }
}
