package org.frontline.ideas.internal;

import java.time.Instant;
import java.util.UUID;
import org.frontline.ideas.TopicId;
import org.jspecify.annotations.Nullable;

/** A comment on a topic; {@code fromCompany} marks an agent's comment. The body is untrusted Markdown. */
public record Comment(
        UUID id, TopicId topic, @Nullable UUID authorId, String authorLabel, boolean fromCompany, String body,
        boolean hidden, boolean rude, Instant createdAt) {}
