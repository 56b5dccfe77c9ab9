package org.frontline.matching;

import java.util.List;
import org.frontline.ingest.PostId;
import org.frontline.shared.WorkspaceId;

/** A post matched at least one live tracking query of the workspace: it is now a mention there. */
public record MentionMatched(WorkspaceId workspace, PostId post, List<QueryMatch> matches) {

    public MentionMatched {
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("A mention has at least one matching query");
        }
        matches = List.copyOf(matches);
    }
}
