package org.frontline.ideas.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontline.ideas.TopicId;
import org.frontline.ideas.TopicKind;
import org.frontline.ideas.TopicStatus;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/** A portal topic as stored. Title, body and names are untrusted: render them escaped (the body as sanitized Markdown). */
public record Topic(
        TopicId id,
        WorkspaceId workspace,
        int number,
        TopicKind kind,
        String title,
        String body,
        @Nullable UUID authorId,
        String authorLabel,
        TopicStatus status,
        @Nullable String statusNote,
        @Nullable Instant statusChangedAt,
        @Nullable String officialAnswer,
        @Nullable Instant answeredAt,
        List<String> tags,
        Visibility visibility,
        double spamScore,
        String spamReasons,
        boolean rude,
        @Nullable String rudeReason,
        @Nullable TopicId mergedInto,
        int voteCount,
        int commentCount,
        Instant createdAt) {

    /** Shown on the public portal and in its lists and feeds. */
    public boolean isPublic() {
        return visibility == Visibility.VISIBLE && mergedInto == null;
    }

    /** Seen by this customer: public topics, and their own topics held for review. */
    public boolean visibleTo(@Nullable UUID user) {
        return isPublic() || (mergedInto == null && visibility == Visibility.HELD && user != null && user.equals(authorId));
    }
}
