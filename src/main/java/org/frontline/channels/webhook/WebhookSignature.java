package org.frontline.channels.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * HMAC-SHA256 over {@code timestamp + "." + raw body}, sent as {@code X-Frontline-Signature: sha256=<hex>}
 * with the Unix time in {@code X-Frontline-Timestamp}. Signing the timestamp makes an old capture useless
 * after the tolerance; comparing in constant time leaks nothing about the expected value.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-Frontline-Signature";
    public static final String TIMESTAMP_HEADER = "X-Frontline-Timestamp";
    public static final String DELIVERY_HEADER = "X-Frontline-Delivery";

    /** The outcome of a check; only {@code VALID} lets a delivery in. */
    public enum Verdict {
        VALID,
        MISSING,
        MALFORMED_TIMESTAMP,
        STALE,
        MISMATCH
    }

    private WebhookSignature() {}

    /** The header value a sender computes: {@code sha256=<hex>}. */
    public static String sign(String secret, long timestamp, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(mac(secret, timestamp, body));
    }

    public static Verdict verify(String secret, @Nullable String timestamp, @Nullable String signature, byte[] body, Instant now,
            Duration tolerance) {
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            return Verdict.MISSING;
        }
        final long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Verdict.MALFORMED_TIMESTAMP;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return Verdict.STALE;
        }
        var expected = ("sha256=" + HexFormat.of().formatHex(mac(secret, seconds, body))).getBytes(StandardCharsets.US_ASCII);
        var presented = signature.strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented) ? Verdict.VALID : Verdict.MISMATCH;
    }

    private static byte[] mac(String secret, long timestamp, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
