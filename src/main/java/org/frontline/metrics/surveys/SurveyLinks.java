package org.frontline.metrics.surveys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signs and checks survey links. A token is {@code base64url(survey id ‖ expiry) "." base64url(HMAC-SHA256)}:
 * the id is random (122 bits) and the MAC covers both, so a token can be neither guessed nor stretched. Whether
 * it was already used is the database's business ({@link SurveyAnswers}).
 */
@Component
public class SurveyLinks {

    /** A verified token: the survey it names and when it stops being accepted. */
    public record Verified(UUID survey, Instant expiresAt) {}

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int PAYLOAD_BYTES = 24;

    private final SecretKeySpec key;
    private final String publicUrl;

    SurveyLinks(SurveyProperties properties) {
        this.key = new SecretKeySpec(keyBytes(properties), "HmacSHA256");
        this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
    }

    public String token(UUID survey, Instant expiresAt) {
        var payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(survey.getMostSignificantBits())
                .putLong(survey.getLeastSignificantBits())
                .putLong(expiresAt.getEpochSecond())
                .array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    public String url(UUID survey, Instant expiresAt) {
        return publicUrl + "/s/" + token(survey, expiresAt);
    }

    /** The survey a token names when its signature holds (expiry is checked by the caller, to say so politely). */
    public Optional<Verified> verify(String token) {
        var dot = token.indexOf('.');
        if (dot < 0 || token.length() > 200) {
            return Optional.empty();
        }
        try {
            var payload = DECODER.decode(token.substring(0, dot));
            var signature = DECODER.decode(token.substring(dot + 1));
            if (payload.length != PAYLOAD_BYTES || !MessageDigest.isEqual(mac(payload), signature)) {
                return Optional.empty();
            }
            var buffer = ByteBuffer.wrap(payload);
            return Optional.of(new Verified(new UUID(buffer.getLong(), buffer.getLong()), Instant.ofEpochSecond(buffer.getLong())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] keyBytes(SurveyProperties properties) {
        if (properties.signingKey() != null && !properties.signingKey().isBlank()) {
            var configured = Base64.getDecoder().decode(properties.signingKey().strip());
            if (configured.length < 32) {
                throw new IllegalStateException("frontline.surveys.signing-key must be at least 32 bytes (base64)");
            }
            return configured;
        }
        return keyFromFile(Path.of(properties.keyFile()));
    }

    private static byte[] keyFromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                var fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the survey signing key " + file, e);
        }
    }
}
