package org.frontline.classify;

import java.util.List;
import java.util.Objects;
import org.frontline.ingest.PostId;
import org.frontline.matching.QueryMatch;
import org.frontline.shared.WorkspaceId;

/**
 * A mention's signals are computed and stored. Carries what {@code cases} needs to open and prioritise a case:
 * the matches of {@link org.frontline.matching.MentionMatched} and the signals.
 */
public record MentionClassified(WorkspaceId workspace, PostId post, List<QueryMatch> matches, Signals signals) {

    public MentionClassified {
        Objects.requireNonNull(signals, "signals");
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("A mention has at least one matching query");
        }
        matches = List.copyOf(matches);
    }
}
