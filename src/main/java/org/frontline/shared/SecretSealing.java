package org.frontline.shared;

import java.util.Optional;

/**
 * Seals a credential for storage with the one secrets key (implemented by {@code channels}' AES-GCM
 * {@code SecretBox}), bound to what it belongs to. Never log what {@link #open} returns.
 */
public interface SecretSealing {

    /** @param context what the secret belongs to, e.g. {@code classifier:<workspace>}; the same context opens it */
    String seal(String secret, String context);

    /** The secret, or empty when it was sealed with another key or context, or was altered. */
    Optional<String> open(String sealed, String context);
}
