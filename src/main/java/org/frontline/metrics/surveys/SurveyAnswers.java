package org.frontline.metrics.surveys;

import static org.frontline.metrics.internal.RollupWriter.utc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontline.metrics.internal.Rollup;
import org.frontline.metrics.internal.RollupWriter;
import org.frontline.shared.WorkspaceId;
import org.frontline.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a survey's answers from its public link: the signature, the expiry and the single use are checked, each
 * score is validated against its question's scale, and the customers rollup moves in the same transaction.
 */
@Component
public class SurveyAnswers {

    /** What became of a link or a submission. */
    public sealed interface Outcome {
        record Open(SurveyView survey) implements Outcome {}

        record Recorded() implements Outcome {}

        record Invalid(SurveyView survey, List<FieldProblem> problems) implements Outcome {}

        record AlreadyAnswered() implements Outcome {}

        record Expired() implements Outcome {}

        record Unknown() implements Outcome {}
    }

    /** What the public page may show: the questions only (nothing about the case or the customer). */
    public record SurveyView(List<SurveyQuestion> questions) {}


    private final SurveyLinks links;
    private final SurveyRepository surveys;
    private final RollupWriter rollups;
    private final Clock clock;

    SurveyAnswers(SurveyLinks links, SurveyRepository surveys, RollupWriter rollups, Clock clock) {
        this.links = links;
        this.surveys = surveys;
        this.rollups = rollups;
        this.clock = clock;
    }

    /** Whether the link can still be answered, and what it asks. */
    public Outcome open(String token) {
        return switch (usable(token)) {
            case Usable(var survey) -> new Outcome.Open(new SurveyView(survey.questions()));
            case Refused(var refusal) -> refusal;
        };
    }

    /**
     * Records the answers ({@code question wire name → score as typed}). Every question asked must be answered
     * within its scale; nothing is stored otherwise.
     */
    @Transactional
    public Outcome submit(String token, Map<String, String> scores) {
        var check = usable(token);
        if (check instanceof Refused(var refusal)) {
            return refusal;
        }
        var survey = ((Usable) check).survey();
        var problems = new ArrayList<FieldProblem>();
        var parsed = parse(survey, scores, problems);
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(new SurveyView(survey.questions()), problems);
        }
        var now = clock.instant();
        if (!surveys.claim(survey.id(), now)) {
            return new Outcome.AlreadyAnswered();
        }
        parsed.forEach((question, score) -> {
            surveys.insertAnswer(survey, question, score, now);
            rollups.add(Rollup.SURVEYS, new WorkspaceId(survey.workspace()), now, List.of(survey.channel(), question.wireName()),
                    List.of(1L, (long) score, question.high(score) ? 1L : 0L, question.low(score) ? 1L : 0L));
        });
        return new Outcome.Recorded();
    }

    /** A workspace's answers, newest first, optionally narrowed to a case, contact or agent. */
    public List<SurveyAnswer> answers(WorkspaceId workspace, @Nullable UUID caseId, @Nullable UUID contact, @Nullable UUID agent) {
        return surveys.answers(workspace.value(), caseId, contact, agent, 500);
    }

    private sealed interface Check {}

    private record Usable(SurveyRecord survey) implements Check {}

    private record Refused(Outcome outcome) implements Check {}

    private Check usable(String token) {
        var verified = links.verify(token);
        Optional<SurveyRecord> survey = verified.flatMap(v -> surveys.find(v.survey()));
        if (survey.isEmpty() || !survey.get().expiresAt().equals(verified.get().expiresAt())) {
            return new Refused(new Outcome.Unknown());
        }
        if (survey.get().answeredAt() != null) {
            return new Refused(new Outcome.AlreadyAnswered());
        }
        if (!clock.instant().isBefore(survey.get().expiresAt())) {
            return new Refused(new Outcome.Expired());
        }
        return new Usable(survey.get());
    }

    private static Map<SurveyQuestion, Integer> parse(SurveyRecord survey, Map<String, String> scores, List<FieldProblem> problems) {
        var parsed = new LinkedHashMap<SurveyQuestion, Integer>();
        for (var question : survey.questions()) {
            var raw = scores.get(question.wireName());
            if (raw == null || raw.isBlank()) {
                problems.add(new FieldProblem(question.wireName(), "needs an answer from " + question.range()));
                continue;
            }
            try {
                var score = Integer.parseInt(raw.strip());
                if (question.accepts(score)) {
                    parsed.put(question, score);
                } else {
                    problems.add(new FieldProblem(question.wireName(), "must be a whole number from " + question.range()));
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(question.wireName(), "must be a whole number from " + question.range()));
            }
        }
        return parsed;
    }
}
