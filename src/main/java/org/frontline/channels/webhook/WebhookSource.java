package org.frontline.channels.webhook;

import java.util.UUID;
import org.frontline.shared.WorkspaceId;

/** A workspace's webhook: its name in the URL, its signing secret and how its JSON maps to a post. */
record WebhookSource(UUID id, WorkspaceId workspace, String name, String secret, WebhookMapping mapping) {}
