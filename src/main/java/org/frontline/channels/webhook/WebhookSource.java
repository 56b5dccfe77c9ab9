package org.frontline.channels.webhook;

import java.util.UUID;
import org.frontline.shared.WorkspaceId;

/**
 * A workspace's webhook: its name in the URL, its signing secret (sealed by the {@code SecretBox}, opened only
 * to check a delivery) and how its JSON maps to a post.
 */
record WebhookSource(UUID id, WorkspaceId workspace, String name, String sealedSecret, WebhookMapping mapping) {

    /** The associated data that binds the sealed secret to this row. */
    String secretContext() {
        return secretContext(id);
    }

    static String secretContext(UUID id) {
        return "webhook:" + id;
    }
}
