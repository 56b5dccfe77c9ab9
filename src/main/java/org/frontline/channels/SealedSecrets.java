package org.frontline.channels;

import java.util.Optional;
import org.frontline.channels.internal.SecretBox;
import org.springframework.stereotype.Component;

/**
 * The one secrets key, for other modules that store a credential (an API key an admin typed): sealed with
 * AES-GCM by the channels' {@code SecretBox}, bound to the row it belongs to. Never log what {@link #open} returns.
 */
@Component
public final class SealedSecrets {

    private final SecretBox box;

    SealedSecrets(SecretBox box) {
        this.box = box;
    }

    /** @param context what the secret belongs to, e.g. {@code classifier:<workspace>}; the same context opens it */
    public String seal(String secret, String context) {
        return box.seal(secret, context);
    }

    /** The secret, or empty when it was sealed with another key or context, or was altered. */
    public Optional<String> open(String sealed, String context) {
        try {
            return Optional.of(box.open(sealed, context));
        } catch (SecretBox.SecretUnreadable e) {
            return Optional.empty();
        }
    }
}
