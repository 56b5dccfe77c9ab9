package org.frontline.metrics.surveys;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One score given in a survey, with the case, contact and agent it is about. */
public record SurveyAnswer(
        UUID survey, SurveyQuestion question, UUID caseId, @Nullable UUID contact, @Nullable UUID agent, int score, Instant answeredAt) {}
