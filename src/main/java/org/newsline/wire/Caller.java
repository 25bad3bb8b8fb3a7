package org.newsline.wire;

/**
 * A subscriber signed in with a pull key, for the length of one request.
 *
 * @param subscriberId the subscriber
 * @param keyId the key used (rate limits count per key)
 * @param active whether the subscriber may receive anything now
 * @param requestsPerMinute the key's rate limit
 */
record Caller(long subscriberId, long keyId, boolean active, int requestsPerMinute) {}
