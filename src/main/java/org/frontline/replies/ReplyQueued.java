package org.frontline.replies;

import java.util.UUID;
import org.frontline.shared.WorkspaceId;

/** A reply waits for its channel's sender; published so delivery starts as soon as the reply is stored. */
public record ReplyQueued(WorkspaceId workspace, UUID replyId) {}
