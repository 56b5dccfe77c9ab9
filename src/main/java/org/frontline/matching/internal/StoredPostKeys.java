package org.frontline.matching.internal;

import java.util.List;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostSearchKeys;
import org.springframework.stereotype.Component;

/**
 * Gives ingest the keys to store with each post: those {@link CandidateSearch} selects query preview candidates by,
 * worked out from the same prepared text the live matcher sees.
 */
@Component
class StoredPostKeys implements PostSearchKeys {

    @Override
    public List<String> keysOf(NewPost post) {
        return CandidateSearch.keysOf(PostMatcher.matchable(post));
    }
}
