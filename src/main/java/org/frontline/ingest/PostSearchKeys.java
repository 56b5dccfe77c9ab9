package org.frontline.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a post can be found by: the keys ingest stores with every post it writes and rewrites with every edit, and
 * that {@link Posts#forEachCandidateReceivedSince} selects by. Implemented by the module that searches stored posts
 * (matching: the post's folded words in text order, then its hashtags, mentions and facts), so that ingest needs to
 * know nothing of the query language. Must be deterministic and cheap; keys are never empty and may hold any character.
 */
public interface PostSearchKeys {

    /**
     * The keys of {@code post}, in order: a {@link SearchCondition.Sequence} looks for keys side by side. Null when
     * the post's keys cannot be told apart (one holds a space); the post is then stored without keys.
     */
    @Nullable List<String> keysOf(NewPost post);
}
