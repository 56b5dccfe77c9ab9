package org.frontline.ingest;

import java.util.Set;

/**
 * What a post can be found by: the keys ingest stores with every post it writes and rewrites with every edit, and
 * that {@link Posts#forEachCandidateReceivedSince} selects by. Implemented by the module that searches stored posts
 * (matching: the post's folded words, hashtags, mentions and facts), so that ingest needs to know nothing of the
 * query language. Must be deterministic and cheap; keys are never empty and may hold any character.
 */
public interface PostSearchKeys {

    /** The keys of {@code post}; never null. */
    Set<String> keysOf(NewPost post);
}
