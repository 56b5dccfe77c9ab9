package org.frontline.ideas.internal;

import java.util.UUID;
import org.frontline.ideas.TopicKind;
import org.frontline.ideas.TopicStatus;
import org.jspecify.annotations.Nullable;

/**
 * Which topics a list shows. {@code moderator} lists include held and hidden topics; {@code author} lists
 * (my topics) include the author's own held topics; every other list shows public topics only.
 */
public record TopicFilter(
        @Nullable TopicStatus status,
        @Nullable TopicKind kind,
        @Nullable String tag,
        @Nullable String search,
        @Nullable UUID author,
        @Nullable UUID votedBy,
        boolean moderator) {

    public static TopicFilter everything() {
        return new TopicFilter(null, null, null, null, null, null, false);
    }

    public TopicFilter withStatus(@Nullable TopicStatus value) {
        return new TopicFilter(value, kind, tag, search, author, votedBy, moderator);
    }

    public TopicFilter withKind(@Nullable TopicKind value) {
        return new TopicFilter(status, value, tag, search, author, votedBy, moderator);
    }

    public TopicFilter withTag(@Nullable String value) {
        return new TopicFilter(status, kind, value, search, author, votedBy, moderator);
    }

    public TopicFilter withSearch(@Nullable String value) {
        return new TopicFilter(status, kind, tag, value, author, votedBy, moderator);
    }

    public TopicFilter byAuthor(UUID value) {
        return new TopicFilter(status, kind, tag, search, value, votedBy, moderator);
    }

    public TopicFilter votedBy(UUID value) {
        return new TopicFilter(status, kind, tag, search, author, value, moderator);
    }

    public TopicFilter forModerators() {
        return new TopicFilter(status, kind, tag, search, author, votedBy, true);
    }
}
