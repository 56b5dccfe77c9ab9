package org.frontline.metrics.surveys;

import static org.frontline.metrics.internal.RollupWriter.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The survey and answer tables. */
@Repository
class SurveyRepository {

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the survey of one resolution; false when that resolution already has one (a replayed event). */
    boolean insert(SurveyRecord survey, Instant resolvedAt, String sentBy) {
        return jdbc.sql("insert into metrics_survey (id, workspace_id, case_id, resolved_at, contact_id, agent_id, channel,"
                                + " questions, sent_by, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                        .params(survey.id(), survey.workspace(), survey.caseId(), utc(resolvedAt), survey.contact(), survey.agent(),
                                survey.channel(), SurveySettings.format(survey.questions()), sentBy, utc(survey.expiresAt()))
                        .update()
                == 1;
    }

    Optional<SurveyRecord> find(UUID id) {
        return jdbc.sql("select * from metrics_survey where id = ?").param(id).query(SurveyRepository::row).optional();
    }

    /** Claims the survey for one submission: true for the first caller only (single use, also under races). */
    boolean claim(UUID id, Instant at) {
        return jdbc.sql("update metrics_survey set answered_at = ? where id = ? and answered_at is null")
                        .params(utc(at), id)
                        .update()
                == 1;
    }

    void insertAnswer(SurveyRecord survey, SurveyQuestion question, int score, Instant at) {
        jdbc.sql("insert into metrics_survey_answer (survey_id, question, workspace_id, case_id, contact_id, agent_id, score,"
                        + " answered_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(survey.id(), question.wireName(), survey.workspace(), survey.caseId(), survey.contact(), survey.agent(), score, utc(at))
                .update();
    }

    /** Answers of a workspace, newest first, optionally of one case, contact or agent. */
    List<SurveyAnswer> answers(UUID workspace, @Nullable UUID caseId, @Nullable UUID contact, @Nullable UUID agent, int limit) {
        var sql = new StringBuilder("select survey_id, question, case_id, contact_id, agent_id, score, answered_at"
                + " from metrics_survey_answer where workspace_id = ?");
        var params = new ArrayList<Object>(List.of(workspace));
        if (caseId != null) {
            sql.append(" and case_id = ?");
            params.add(caseId);
        }
        if (contact != null) {
            sql.append(" and contact_id = ?");
            params.add(contact);
        }
        if (agent != null) {
            sql.append(" and agent_id = ?");
            params.add(agent);
        }
        sql.append(" order by answered_at desc, survey_id, question limit ").append(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, i) -> new SurveyAnswer(rs.getObject("survey_id", UUID.class),
                        SurveyQuestion.fromWireName(rs.getString("question")).orElseThrow(), rs.getObject("case_id", UUID.class),
                        rs.getObject("contact_id", UUID.class), rs.getObject("agent_id", UUID.class), rs.getInt("score"),
                        rs.getObject("answered_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static SurveyRecord row(ResultSet rs, int i) throws SQLException {
        var answered = rs.getObject("answered_at", OffsetDateTime.class);
        return new SurveyRecord(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getObject("case_id", UUID.class), rs.getObject("contact_id", UUID.class), rs.getObject("agent_id", UUID.class),
                rs.getString("channel"), SurveySettings.parse(rs.getString("questions")),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(), answered == null ? null : answered.toInstant());
    }
}
