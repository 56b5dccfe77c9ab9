package org.frontline.metrics.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.frontline.metrics.internal.RollupWriter;
import org.frontline.shared.WorkspaceId;
import org.springframework.context.ApplicationContext;

/**
 * Answers surveys at chosen moments in the past, through the real answering code (signature, single use,
 * rollup) with a clock set to that moment, so dashboards over several days have something to draw.
 */
public final class SurveyFixtures {

    private final ApplicationContext context;

    public SurveyFixtures(ApplicationContext context) {
        this.context = context;
    }

    /** One survey of a case on {@code channel}, answered at {@code at} with {@code scores} (csat, ces, nps). */
    public void answered(WorkspaceId workspace, String channel, Instant at, Map<String, Integer> scores) {
        var questions = scores.keySet().stream().map(q -> SurveyQuestion.fromWireName(q).orElseThrow()).toList();
        var expiresAt = at.plus(Duration.ofDays(14)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var survey = new SurveyRecord(UUID.randomUUID(), workspace.value(), UUID.randomUUID(), null, null, channel, questions, expiresAt, null);
        var repository = context.getBean(SurveyRepository.class);
        assertThat(repository.insert(survey, at.minusSeconds(60), "email")).isTrue();
        var links = context.getBean(SurveyLinks.class);
        var answers = new SurveyAnswers(links, repository, context.getBean(RollupWriter.class), Clock.fixed(at, ZoneOffset.UTC));
        var form = new LinkedHashMap<String, String>();
        scores.forEach((q, score) -> form.put(q, String.valueOf(score)));
        assertThat(answers.submit(links.token(survey.id(), expiresAt), form)).isInstanceOf(SurveyAnswers.Outcome.Recorded.class);
    }

    public static Map<String, Integer> scores(int csat, int ces, int nps) {
        var scores = new LinkedHashMap<String, Integer>();
        scores.put("csat", csat);
        scores.put("ces", ces);
        scores.put("nps", nps);
        return scores;
    }
}
