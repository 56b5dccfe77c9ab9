package org.frontline.channels.email;

import java.time.Instant;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/**
 * A stored mailbox without its password (that stays sealed until a connection needs it). The cursor is
 * {@code uidValidity}/{@code lastUid}: every message with a higher UID in the same UIDVALIDITY is new.
 */
record Mailbox(
        UUID id,
        WorkspaceId workspace,
        String address,
        String imapHost,
        int imapPort,
        boolean tls,
        String username,
        String folder,
        String smtpHost,
        int smtpPort,
        @Nullable Long uidValidity,
        long lastUid,
        @Nullable Boolean idle,
        @Nullable Instant lastMessageAt,
        long malformed) {

    /** The associated data that binds the sealed password to this row. */
    String secretContext() {
        return "mailbox:" + id;
    }
}
