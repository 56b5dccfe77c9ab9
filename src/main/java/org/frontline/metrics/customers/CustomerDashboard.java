package org.frontline.metrics.customers;

import static org.frontline.metrics.internal.RollupWriter.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.frontline.ingest.Channel;
import org.frontline.metrics.DashboardFilter;
import org.frontline.metrics.Series;
import org.frontline.metrics.customers.CustomerFigures.Score;
import org.frontline.metrics.internal.DailyZones;
import org.frontline.metrics.internal.RangePart;
import org.frontline.metrics.internal.Rollup;
import org.frontline.metrics.internal.Timeline;
import org.frontline.metrics.surveys.SurveyQuestion;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the customers dashboard: survey scores from the survey rollup (maintained as answers arrive) and the
 * attrition signals. NPS is the share of promoters (9–10) minus the share of detractors (0–6), times 100.
 */
@Component
public class CustomerDashboard {

    private record Row(Instant hour, SurveyQuestion question, long responses, long sum, long high, long low) {}

    /** Running totals of one question over some buckets. */
    private static final class Tally {
        long responses;
        long sum;
        long high;
        long low;

        void add(Row row) {
            responses += row.responses();
            sum += row.sum();
            high += row.high();
            low += row.low();
        }

        @Nullable Double value(SurveyQuestion question) {
            if (responses == 0) {
                return null;
            }
            return round(question == SurveyQuestion.NPS ? 100.0 * (high - low) / responses : (double) sum / responses);
        }
    }

    private final JdbcClient jdbc;
    private final Attrition attrition;
    private final DailyZones zones;

    CustomerDashboard(JdbcClient jdbc, Attrition attrition, DailyZones zones) {
        this.jdbc = jdbc;
        this.attrition = attrition;
        this.zones = zones;
    }

    public CustomerFigures figures(WorkspaceId workspace, String slug, DashboardFilter filter) {
        var timeline = new Timeline(filter.from(), filter.to(), filter.step(), filter.zone());
        var rows = rows(workspace, filter, RangePart.forChart(filter.from(), filter.to(), filter.step(), filter.zone(), zones.zoneOf(workspace)));
        var totals = new java.util.EnumMap<SurveyQuestion, Tally>(SurveyQuestion.class);
        var perBucket = new java.util.EnumMap<SurveyQuestion, Tally[]>(SurveyQuestion.class);
        for (var question : SurveyQuestion.values()) {
            totals.put(question, new Tally());
            var tallies = new Tally[timeline.size()];
            for (int i = 0; i < tallies.length; i++) {
                tallies[i] = new Tally();
            }
            perBucket.put(question, tallies);
        }
        for (var row : rows) {
            var i = timeline.indexOf(row.hour());
            if (i >= 0) {
                totals.get(row.question()).add(row);
                perBucket.get(row.question())[i].add(row);
            }
        }
        var responses = totals.values().stream().mapToLong(t -> t.responses).sum();
        return new CustomerFigures(filter.zone().getId(), timeline.buckets(), responses,
                score(SurveyQuestion.CSAT, totals), score(SurveyQuestion.CES, totals), score(SurveyQuestion.NPS, totals),
                List.of(values("CSAT (1–5)", SurveyQuestion.CSAT, perBucket), values("CES (1–7)", SurveyQuestion.CES, perBucket)),
                List.of(values("NPS", SurveyQuestion.NPS, perBucket)),
                List.of(counts("CSAT", SurveyQuestion.CSAT, perBucket), counts("CES", SurveyQuestion.CES, perBucket),
                        counts("NPS", SurveyQuestion.NPS, perBucket)),
                attrition.signals(workspace, slug, filter));
    }

    private static Score score(SurveyQuestion question, java.util.Map<SurveyQuestion, Tally> totals) {
        var tally = totals.get(question);
        return new Score(tally.responses, tally.value(question), tally.responses == 0 ? null : round((double) tally.high / tally.responses));
    }

    private static Series values(String name, SurveyQuestion question, java.util.Map<SurveyQuestion, Tally[]> perBucket) {
        var data = new ArrayList<@Nullable Double>();
        for (var tally : perBucket.get(question)) {
            data.add(tally.value(question));
        }
        return new Series(name, data);
    }

    private static Series counts(String name, SurveyQuestion question, java.util.Map<SurveyQuestion, Tally[]> perBucket) {
        var data = new ArrayList<@Nullable Double>();
        for (var tally : perBucket.get(question)) {
            data.add((double) tally.responses);
        }
        return new Series(name, data);
    }

    /** Surveys have no language, team or query: only the channel narrows them. */
    private List<Row> rows(WorkspaceId workspace, DashboardFilter filter, List<RangePart> parts) {
        var sql = new StringBuilder("select bucket, question, sum(responses) as responses, sum(score_sum) as score_sum,"
                + " sum(high) as high, sum(low) as low from (");
        var params = new ArrayList<Object>();
        for (var part : parts) {
            sql.append(params.isEmpty() ? "" : " union all ")
                    .append("select bucket, question, responses, score_sum, high, low from ").append(part.table(Rollup.SURVEYS))
                    .append(" where workspace_id = ? and bucket >= ? and bucket < ?");
            params.addAll(List.of(workspace.value(), utc(java.util.Objects.requireNonNull(part.from())), utc(part.to())));
            filter.channel().map(Channel::wireName).ifPresent(channel -> {
                sql.append(" and channel = ?");
                params.add(channel);
            });
        }
        sql.append(") r group by bucket, question");
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> new Row(rs.getObject("bucket", OffsetDateTime.class).toInstant(),
                        SurveyQuestion.fromWireName(rs.getString("question")).orElseThrow(), rs.getLong("responses"),
                        rs.getLong("score_sum"), rs.getLong("high"), rs.getLong("low")))
                .list();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
