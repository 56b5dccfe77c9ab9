package org.frontline.ideas;

import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/** A moderator changed a topic's official status; {@code note} is the public note that came with it. */
public record TopicStatusChanged(
        WorkspaceId workspace, TopicId topic, TopicStatus from, TopicStatus to, @Nullable String note) {}
