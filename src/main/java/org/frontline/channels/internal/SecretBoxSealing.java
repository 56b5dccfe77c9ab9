package org.frontline.channels.internal;

import java.util.Optional;
import org.frontline.shared.SecretSealing;
import org.springframework.stereotype.Component;

/** The one {@link SecretBox} offered to other modules that store a credential. */
@Component
class SecretBoxSealing implements SecretSealing {

    private final SecretBox box;

    SecretBoxSealing(SecretBox box) {
        this.box = box;
    }

    @Override
    public String seal(String secret, String context) {
        return box.seal(secret, context);
    }

    @Override
    public Optional<String> open(String sealed, String context) {
        try {
            return Optional.of(box.open(sealed, context));
        } catch (SecretBox.SecretUnreadable e) {
            return Optional.empty();
        }
    }
}
