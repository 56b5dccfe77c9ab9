package org.frontline.metrics.surveys;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A survey as stored: what it asks, for which case, agent and contact, and whether it was answered. */
record SurveyRecord(
        UUID id,
        UUID workspace,
        UUID caseId,
        @Nullable UUID contact,
        @Nullable UUID agent,
        String channel,
        List<SurveyQuestion> questions,
        Instant expiresAt,
        @Nullable Instant answeredAt) {}
