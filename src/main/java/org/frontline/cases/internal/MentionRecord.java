package org.frontline.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontline.ingest.PostId;
import org.frontline.matching.QueryMatch;

/** A mention of a case: the post and the queries that matched it, with where they matched. */
public record MentionRecord(UUID id, PostId post, Instant matchedAt, List<QueryMatch> matches) {}
