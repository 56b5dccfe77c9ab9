package org.frontline.channels.social;

import java.time.Instant;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/**
 * A connected account. The credentials are not here: they stay sealed in the database and are opened only
 * by {@link SocialConnections#credentials}, for a request.
 */
public record SocialConnection(
        UUID id,
        WorkspaceId workspace,
        Network network,
        String label,
        String baseUrl,
        @Nullable String accountId,
        Health health) {

    /** How the connection is doing, as the Channels page shows it. */
    public record Health(
            boolean connected,
            @Nullable Instant lastEventAt,
            @Nullable String lastError,
            @Nullable Instant lastErrorAt,
            long items,
            RateLimit rateLimit) {

        public boolean failing() {
            return lastErrorAt != null && (lastEventAt == null || lastErrorAt.isAfter(lastEventAt));
        }
    }
}
