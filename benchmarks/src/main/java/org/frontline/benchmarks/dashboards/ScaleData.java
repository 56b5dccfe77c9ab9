package org.frontline.benchmarks.dashboards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills one workspace with a year of mentions and cases by COPY into the metrics module's per-event tables (the
 * facts the application stores once per mention, status change, response and survey answer) and a per-mention
 * query link, from a fixed seed. The listening rollups (mentions and signals per hour, channel, query and intent)
 * are counted while generating and COPY'd as they are; the service rollups are built afterwards by {@link BulkRollups}.
 */
final class ScaleData {

    static final List<String> CHANNELS = List.of("x", "bluesky", "mastodon", "reddit", "email", "feed", "hackernews", "webhook");
    private static final double[] CHANNEL_WEIGHTS = {0.3, 0.15, 0.1, 0.15, 0.15, 0.05, 0.05, 0.05};
    private static final String[] INTENTS = {"complaint", "question", "praise", "idea", "need", "spam", "other"};
    private static final double[] INTENT_WEIGHTS = {0.3, 0.25, 0.2, 0.05, 0.05, 0.05, 0.1};
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'+00'").withZone(ZoneOffset.UTC);
    private static final int CHUNK = 1 << 20;

    private final UUID workspace;
    private final List<UUID> queries;
    private final Instant end;
    private final Instant start;
    private final SplittableRandom random = new SplittableRandom(20261123);

    ScaleData(UUID workspace, List<UUID> queries, Instant end) {
        this.workspace = workspace;
        this.queries = queries;
        this.end = end;
        this.start = end.minus(Duration.ofDays(365));
    }

    /**
     * Mention, signal and query-link rows, streamed on three connections at once; then their hourly rollups,
     * counted here instead of by a GROUP BY join of the facts with the links (over 40 minutes at 10M mentions).
     */
    void mentions(List<Connection> three, long count) throws SQLException, IOException {
        var hourly = new HourlyCounts(Math.toIntExact(Duration.between(start, end).toHours()), queries.size());
        var facts = new Copy(three.get(0), "metrics_mention_fact (workspace_id, post_id, channel, occurred_at)");
        var signals = new Copy(three.get(1), "metrics_signal_fact (workspace_id, post_id, intent, sentiment)");
        var links = new Copy(three.get(2), "bench_mention_query (workspace_id, post_id, query_id, occurred_at, channel)");
        for (long i = 0; i < count; i++) {
            var post = new UUID(random.nextLong(), random.nextLong());
            var moment = moment();
            var hour = (int) (Duration.between(start, moment).toHours());
            var at = TS.format(moment);
            var channelIndex = pick(CHANNEL_WEIGHTS);
            var channel = CHANNELS.get(channelIndex);
            var intent = pick(INTENT_WEIGHTS);
            var milli = Math.round(sentiment(intent) * 1000);
            facts.row(workspace, post, channel, at);
            signals.row(workspace, post, INTENTS[intent], thousandths(milli));
            hourly.add(hour, channelIndex, 0, intent, milli);
            var queryIndex = zipf(queries.size());
            var query = queries.get(queryIndex);
            links.row(workspace, post, query, at, channel);
            hourly.add(hour, channelIndex, 1 + queryIndex, intent, milli);
            if (random.nextDouble() < 0.2) {
                var secondIndex = random.nextInt(queries.size());
                if (secondIndex != queryIndex) {
                    links.row(workspace, post, queries.get(secondIndex), at, channel);
                    hourly.add(hour, channelIndex, 1 + secondIndex, intent, milli);
                }
            }
        }
        facts.end();
        signals.end();
        links.end();
        hourly.write(three.get(0), three.get(1));
    }

    /** A sentiment stored in thousandths, written exactly as the sum of such values is (no binary rounding). */
    private static String thousandths(long milli) {
        return java.math.BigDecimal.valueOf(milli, 3).toPlainString();
    }

    /**
     * Mentions per hour, channel, query (index 0: any query, counting each mention once; 1..n the tracking queries)
     * and intent, with the sentiment sum in thousandths and the negative and positive counts at ±0.05, as
     * {@code SentimentSignal} buckets them. Flat arrays: 10M cells at a year of hours.
     */
    private final class HourlyCounts {
        private final int hours;
        private final int queryCount;
        private final int[] mentions;
        private final long[] sentimentMilli;
        private final int[] negative;
        private final int[] positive;

        HourlyCounts(int hours, int queryCount) {
            this.hours = hours;
            this.queryCount = queryCount + 1;
            var cells = hours * CHANNELS.size() * this.queryCount * INTENTS.length;
            mentions = new int[cells];
            sentimentMilli = new long[cells];
            negative = new int[cells];
            positive = new int[cells];
        }

        void add(int hour, int channel, int query, int intent, long milli) {
            var cell = ((hour * CHANNELS.size() + channel) * queryCount + query) * INTENTS.length + intent;
            mentions[cell]++;
            sentimentMilli[cell] += milli;
            negative[cell] += milli <= -50 ? 1 : 0;
            positive[cell] += milli >= 50 ? 1 : 0;
        }

        void write(Connection forMentions, Connection forSignals) throws SQLException {
            var mentionRows = new Copy(forMentions, "metrics_mention_hourly (workspace_id, bucket, channel, query_id, mentions)");
            var signalRows = new Copy(forSignals,
                    "metrics_signal_hourly (workspace_id, bucket, channel, query_id, intent, mentions, sentiment_sum, negative, positive)");
            var any = new UUID(0, 0);
            for (int hour = 0; hour < hours; hour++) {
                var bucket = TS.format(start.plus(Duration.ofHours(hour)));
                for (int channel = 0; channel < CHANNELS.size(); channel++) {
                    for (int query = 0; query < queryCount; query++) {
                        var queryId = query == 0 ? any : queries.get(query - 1);
                        var total = 0L;
                        for (int intent = 0; intent < INTENTS.length; intent++) {
                            var cell = ((hour * CHANNELS.size() + channel) * queryCount + query) * INTENTS.length + intent;
                            if (mentions[cell] > 0) {
                                total += mentions[cell];
                                signalRows.row(workspace, bucket, CHANNELS.get(channel), queryId, INTENTS[intent], mentions[cell],
                                        thousandths(sentimentMilli[cell]), negative[cell], positive[cell]);
                            }
                        }
                        if (total > 0) {
                            mentionRows.row(workspace, bucket, CHANNELS.get(channel), queryId, total);
                        }
                    }
                }
            }
            mentionRows.end();
            signalRows.end();
        }
    }

    /**
     * Cases with their status changes (new → open → resolved), first responses, the contact posts behind the
     * attrition signals and, for a fifth of resolved cases, an answered CSAT + NPS survey.
     */
    void cases(List<Connection> six, long count) throws SQLException, IOException {
        var opened = new Copy(six.get(0), "metrics_case_fact (workspace_id, case_id, post_id, channel, opened_at)");
        var transitions = new Copy(six.get(1), "metrics_case_transition (workspace_id, case_id, changed_at, to_status, from_status)");
        var responses = new Copy(six.get(2), "metrics_first_response (workspace_id, case_id, channel, responded_at, seconds)");
        var contactPosts = new Copy(six.get(3),
                "metrics_contact_post (workspace_id, post_id, contact_id, channel, written_at, sentiment, complaint, churn_cue)");
        var surveys = new Copy(six.get(4), "metrics_survey (id, workspace_id, case_id, resolved_at, channel, questions, sent_by, expires_at, answered_at)");
        var answers = new Copy(six.get(5), "metrics_survey_answer (survey_id, question, workspace_id, case_id, score, answered_at)");
        var contacts = Math.max(1, count / 3);
        for (long i = 0; i < count; i++) {
            var caseId = new UUID(random.nextLong(), random.nextLong());
            var post = new UUID(random.nextLong(), random.nextLong());
            var channel = CHANNELS.get(pick(CHANNEL_WEIGHTS));
            var openedAt = moment();
            opened.row(workspace, caseId, post, channel, TS.format(openedAt));
            var intent = pick(INTENT_WEIGHTS);
            var contact = new UUID(0x5eed, random.nextLong(contacts));
            contactPosts.row(workspace, post, contact, channel, TS.format(openedAt), String.format(java.util.Locale.ROOT, "%.3f", sentiment(intent)),
                    intent == 0 ? "t" : "f", random.nextDouble() < 0.01 ? "cancel" : "\\N");
            if (random.nextDouble() >= 0.9) {
                continue;
            }
            var firstResponse = Duration.ofSeconds(300 + (long) (random.nextDouble() * random.nextDouble() * 36_000));
            var openAt = openedAt.plus(firstResponse);
            if (!openAt.isBefore(end)) {
                continue;
            }
            transitions.row(workspace, caseId, TS.format(openAt), "open", "new");
            responses.row(workspace, caseId, channel, TS.format(openAt), String.valueOf(firstResponse.toSeconds()));
            var resolvedAt = openAt.plus(Duration.ofMinutes(60 + random.nextInt(7 * 24 * 60)));
            if (random.nextDouble() >= 0.85 || !resolvedAt.isBefore(end)) {
                continue;
            }
            transitions.row(workspace, caseId, TS.format(resolvedAt), "resolved", "open");
            if (random.nextDouble() < 0.2) {
                var survey = new UUID(random.nextLong(), random.nextLong());
                var answeredAt = resolvedAt.plus(Duration.ofMinutes(5 + random.nextInt(600)));
                surveys.row(survey, workspace, caseId, TS.format(resolvedAt), channel, "csat,nps", "email",
                        TS.format(resolvedAt.plus(Duration.ofDays(14))), TS.format(answeredAt));
                answers.row(survey, "csat", workspace, caseId, String.valueOf(1 + random.nextInt(5)), TS.format(answeredAt));
                answers.row(survey, "nps", workspace, caseId, String.valueOf(random.nextInt(11)), TS.format(answeredAt));
            }
        }
        for (var copy : List.of(opened, transitions, responses, contactPosts, surveys, answers)) {
            copy.end();
        }
    }

    /** A moment of the year, busier in the (UTC) daytime than at night. */
    private Instant moment() {
        while (true) {
            var at = start.plusSeconds(random.nextLong(Duration.between(start, end).toSeconds()));
            var hour = at.atZone(ZoneOffset.UTC).getHour();
            if (random.nextDouble() < 0.35 + 0.65 * Math.sin(Math.PI * hour / 24.0)) {
                return at;
            }
        }
    }

    private double sentiment(int intent) {
        var centre = switch (intent) {
            case 0 -> -0.55;
            case 2 -> 0.6;
            default -> 0.05;
        };
        return Math.max(-1, Math.min(1, centre + (random.nextDouble() - 0.5) * 0.8));
    }

    private int pick(double[] weights) {
        var r = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Query popularity falls off like 1/rank. */
    private int zipf(int n) {
        var total = 0.0;
        for (int i = 1; i <= n; i++) {
            total += 1.0 / i;
        }
        var r = random.nextDouble() * total;
        for (int i = 1; i <= n; i++) {
            r -= 1.0 / i;
            if (r < 0) {
                return i - 1;
            }
        }
        return n - 1;
    }

    /** One COPY … FROM STDIN in PostgreSQL's text format, fed in 1 MiB chunks. */
    private static final class Copy {
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

        Copy(Connection connection, String table) throws SQLException {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                buffer.append(i == 0 ? "" : "\t").append(values[i]);
            }
            buffer.append('\n');
            if (buffer.length() >= CHUNK) {
                flush();
            }
        }

        void end() throws SQLException {
            flush();
            copy.endCopy();
        }

        private void flush() throws SQLException {
            var bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
