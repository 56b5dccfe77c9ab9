package org.frontline.channels.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link SecretBox}: keyed by {@code frontline.secrets.key}, else by the key file, which the embedded
 * mode generates on first start (readable by its owner only). Losing that file makes stored secrets unreadable.
 */
@Configuration
class SecretsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretsConfiguration.class);

    @Bean
    SecretBox secretBox(SecretsProperties properties) {
        var configured = properties.key();
        if (configured != null && !configured.isBlank()) {
            return new SecretBox(decode(configured, "frontline.secrets.key"));
        }
        return new SecretBox(fromFile(properties.keyFile()));
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
            }
            var key = new byte[32];
            new SecureRandom().nextBytes(key);
            var parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            ownerOnly(file);
            log.info("Generated a secrets key in {}: keep it with the database, stored channel secrets need it", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secrets key file " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.debug("The file system of {} has no POSIX permissions", file);
        }
    }

    private static byte[] decode(String base64, String where) {
        try {
            var key = Base64.getDecoder().decode(base64.strip());
            if (key.length != 32) {
                throw new IllegalStateException(where + " must be base64 of 32 bytes (256 bits), not " + key.length + " bytes");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not valid base64", e);
        }
    }
}
