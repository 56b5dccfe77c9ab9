package org.frontline.channels.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets (channel passwords, tokens) for storage with AES-256-GCM: a fresh 96-bit nonce per value, a
 * 128-bit tag, and the row the secret belongs to as associated data, so a sealed value copied onto another
 * row does not open. Sealed text is {@code v1:} + base64(nonce ‖ ciphertext ‖ tag). Never log what it opens.
 */
public final class SecretBox {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @param key exactly 32 bytes */
    public SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("A secrets key is 256 bits (32 bytes), not " + key.length * 8);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** @param context what the secret belongs to, e.g. {@code mailbox:<id>}; the same context opens it */
    public String seal(String secret, String context) {
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
            var sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            var out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java platform", e);
        }
    }

    /** @throws SecretUnreadable when the value was sealed with another key or context, or was altered */
    public String open(String sealed, String context) {
        if (!sealed.startsWith(PREFIX)) {
            throw new SecretUnreadable("The stored secret is not in a known sealed format");
        }
        try {
            var bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new SecretUnreadable("The stored secret is truncated");
            }
            var cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, NONCE_BYTES), context);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new SecretUnreadable("The stored secret cannot be opened with this key (was frontline.secrets.key changed?)");
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** A sealed secret that does not open; the message never contains the secret. */
    public static final class SecretUnreadable extends RuntimeException {
        public SecretUnreadable(String message) {
            super(message);
        }
    }
}
