package org.frontline.cases.internal;

import java.time.Instant;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseStatus;
import org.frontline.routing.Priority;
import java.util.Set;
import org.frontline.ingest.PostId;
import org.frontline.routing.AgentId;
import org.frontline.routing.TeamId;
import org.jspecify.annotations.Nullable;

/** A case as stored, with the post of its first mention (the one that opened it). */
public record CaseRecord(
        CaseId id,
        CaseStatus status,
        Priority priority,
        @Nullable TeamId team,
        @Nullable AgentId assignee,
        Set<String> tags,
        @Nullable String routingNote,
        String subject,
        PostId firstPost,
        Instant openedAt,
        Instant updatedAt) {

    public CaseRecord {
        tags = Set.copyOf(tags);
    }
}
