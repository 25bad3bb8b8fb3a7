package org.newsline.wire;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signatures: {@code X-Newsline-Signature: sha256=<hex>}, the HMAC-SHA256 with the subscriber's
 * secret over {@code timestamp + "." + body}, where timestamp is the {@code X-Newsline-Timestamp} header
 * (Unix seconds) and body the exact bytes received. Receivers should compare in constant time and refuse
 * timestamps far from their clock, which stops replays of captured requests.
 */
public final class Signatures {

    private Signatures() {}

    /** The {@code X-Newsline-Signature} value for a body sent at {@code timestamp}. */
    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether a received signature is right, compared in constant time. */
    public static boolean verify(String secret, long timestamp, byte[] body, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
