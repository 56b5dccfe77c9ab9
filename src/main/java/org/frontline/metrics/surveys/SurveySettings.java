package org.frontline.metrics.surveys;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Per workspace: whether surveys go out and which questions they ask; the configured defaults otherwise. */
@Component
public class SurveySettings {

    /** A workspace's choice; {@code questions} is never empty. */
    public record Choice(boolean enabled, List<SurveyQuestion> questions) {

        public Choice {
            if (questions.isEmpty()) {
                throw new IllegalArgumentException("a survey asks at least one question");
            }
            questions = questions.stream().distinct().sorted().toList();
        }
    }

    private final JdbcClient jdbc;
    private final Choice defaults;

    SurveySettings(JdbcClient jdbc, SurveyProperties properties) {
        this.jdbc = jdbc;
        this.defaults = new Choice(true, parse(String.join(",", properties.defaultQuestions())));
    }

    public Choice of(WorkspaceId workspace) {
        return jdbc.sql("select enabled, questions from metrics_survey_settings where workspace_id = ?")
                .param(workspace.value())
                .query((rs, i) -> new Choice(rs.getBoolean("enabled"), parse(rs.getString("questions"))))
                .optional()
                .orElse(defaults);
    }

    @Transactional
    public Choice save(WorkspaceId workspace, Choice choice) {
        var questions = format(choice.questions());
        if (jdbc.sql("update metrics_survey_settings set enabled = ?, questions = ? where workspace_id = ?")
                        .params(choice.enabled(), questions, workspace.value())
                        .update()
                == 0) {
            jdbc.sql("insert into metrics_survey_settings (workspace_id, enabled, questions) values (?, ?, ?)")
                    .params(workspace.value(), choice.enabled(), questions)
                    .update();
        }
        return choice;
    }

    static String format(List<SurveyQuestion> questions) {
        return questions.stream().map(SurveyQuestion::wireName).collect(Collectors.joining(","));
    }

    static List<SurveyQuestion> parse(String stored) {
        return Arrays.stream(stored.split(","))
                .filter(s -> !s.isBlank())
                .map(s -> SurveyQuestion.fromWireName(s).orElseThrow(() -> new IllegalArgumentException("unknown survey question " + s)))
                .toList();
    }
}
