package org.frontline.channels.email;

import java.time.Instant;
import java.util.UUID;
import org.frontline.channels.internal.SourceHealth;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox as the Channels page shows it: where it reads and sends, and how it is doing. Carries no
 * credential. {@code idle} is null until the server was reached once.
 */
public record MailboxStatus(
        UUID id,
        String address,
        String imap,
        String folder,
        String smtp,
        boolean tls,
        @Nullable Boolean idle,
        boolean watched,
        @Nullable Instant lastMessageAt,
        long malformed,
        SourceHealth.Status health) {

    /** Connected: the last contact with the server worked. */
    public boolean connected() {
        return health.lastSuccessAt() != null && !health.failing();
    }
}
