package org.frontline.benchmarks.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.frontline.routing.AgentId;
import org.frontline.routing.TeamId;
import org.frontline.shared.WorkspaceId;
import org.postgresql.PGConnection;

/**
 * Fills one workspace with a history of cases through PostgreSQL's COPY, the way years of service leave it:
 * cases spread over two years, recent ones mostly active and old ones mostly closed, weighted over teams,
 * assignees, channels, priorities and intents, each with its first post, mention, matched query, signals and
 * (while active) SLA timers; active cases beyond the agents' capacity wait unassigned in their team's queue. Post texts are customer questions from BANKING77 (CC BY 4.0), read at run time.
 * One extra case carries {@code bigCaseMentions} mentions, a long public thread.
 */
final class CaseCorpus {

    static final String[] CHANNELS = {"x", "mastodon", "bluesky", "reddit", "email", "feed", "hackernews", "webhook", "portal", "import"};
    private static final int[] CHANNEL_WEIGHTS = {30, 18, 14, 10, 12, 5, 3, 4, 2, 2};
    private static final int[] TEAM_WEIGHTS = {40, 25, 15, 12, 8};
    private static final String[] INTENTS = {"complaint", "question", "praise", "idea", "need", "spam", "other"};
    private static final int[] INTENT_WEIGHTS = {35, 30, 10, 5, 8, 4, 8};
    private static final String[] PRIORITIES = {"URGENT", "HIGH", "NORMAL", "LOW"};
    private static final int[] PRIORITY_WEIGHTS = {3, 12, 70, 15};
    private static final int AUTHORS = 300_000;
    /** The capacity the harness gives every agent: the router never hands an agent more open cases than this. */
    static final int AGENT_CAPACITY = 40;
    /** How many open cases the history leaves each agent with: busy, with room for the next case. */
    static final int AGENT_LOAD = AGENT_CAPACITY * 3 / 4;

    record Setup(WorkspaceId workspace, List<TeamId> teams, List<List<AgentId>> agentsPerTeam, List<UUID> queries) {}

    private final Connection connection;
    private final Setup setup;
    private final List<String> texts;
    private final Instant now;
    private final SplittableRandom random = new SplittableRandom(20261123);
    private final java.util.Map<AgentId, Integer> openCases = new java.util.HashMap<>();

    CaseCorpus(Connection connection, Setup setup, Path banking77, Instant now) throws IOException {
        this.connection = connection;
        this.setup = setup;
        this.texts = Files.readAllLines(banking77, StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> line.lastIndexOf(',') > 0)
                .map(line -> line.substring(0, line.lastIndexOf(',')).replace("\"", ""))
                .filter(text -> !text.isBlank())
                .toList();
        this.now = now;
    }

    /** Writes {@code cases} cases, then the big case; answers the big case's id. */
    UUID fill(int cases, int bigCaseMentions) throws IOException, SQLException {
        var tables = new Tables(connection);
        for (int i = 0; i < cases; i++) {
            var opened = now.minus(Duration.ofSeconds((long) (Math.pow(random.nextDouble(), 1.6) * Duration.ofDays(730).toSeconds())));
            writeCase(tables, i, opened, statusFor(opened), 1);
        }
        var big = writeCase(tables, cases, now.minus(Duration.ofDays(3)), "OPEN", bigCaseMentions);
        tables.finish();
        return big;
    }

    private UUID writeCase(Tables tables, int n, Instant opened, String status, int mentions) {
        var caseId = new UUID(random.nextLong(), random.nextLong());
        var team = pick(TEAM_WEIGHTS);
        var members = setup.agentsPerTeam().get(team);
        var active = status.equals("NEW") || status.equals("OPEN") || status.equals("PENDING");
        var assignee = assignee(members, active);
        var channel = CHANNELS[pick(CHANNEL_WEIGHTS)];
        var author = "customer" + random.nextInt(AUTHORS);
        var intent = INTENTS[pick(INTENT_WEIGHTS)];
        var sentiment = Math.round((random.nextDouble() * 2 - 1) * 100) / 100.0;
        var priority = PRIORITIES[pick(PRIORITY_WEIGHTS)];
        var firstPost = UUID.randomUUID();
        var text = texts.get(random.nextInt(texts.size()));
        String previousExternal = null;
        for (int m = 0; m < mentions; m++) {
            var post = m == 0 ? firstPost : UUID.randomUUID();
            var external = "c" + n + "-" + m;
            var at = opened.plusSeconds(m * 60L);
            var postText = m == 0 ? text : texts.get(random.nextInt(texts.size()));
            var postAuthor = m % 3 == 0 ? author : "participant" + random.nextInt(AUTHORS);
            tables.post.row(post, setup.workspace().value(), channel, external, null, postAuthor, "Customer " + postAuthor, null,
                    (long) random.nextInt(5_000), postText, "en", previousExternal, ts(at), ts(at));
            var mention = UUID.randomUUID();
            tables.mention.row(mention, setup.workspace().value(), post, caseId, ts(at));
            var query = setup.queries().get(random.nextInt(setup.queries().size()));
            tables.match.row(mention, query, "0-" + Math.min(postText.length(), 8));
            tables.signals.row(setup.workspace().value(), post, Integer.toHexString(postAuthor.hashCode()), "en", 0.95, "declared by the channel",
                    sentiment, "lexicon", intent, 0.8, "intent model", 0.05, false, "no rude words", "normal", 0.3, "no urgency words",
                    "small", 120L, "120 followers", ts(at));
            previousExternal = external;
        }
        var resolved = status.equals("RESOLVED") || status.equals("CLOSED") ? ts(opened.plus(Duration.ofHours(6))) : null;
        var firstResponse = status.equals("NEW") ? null : ts(opened.plus(Duration.ofMinutes(5 + random.nextInt(120))));
        tables.supportCase.row(caseId, setup.workspace().value(), status, priority, setup.teams().get(team).value(), assignee, "",
                "Rule matched \u2192 team. Chose an agent.", subject(text), firstPost, ts(opened), ts(opened.plusSeconds(mentions * 60L)),
                firstResponse, resolved, channel + ":" + author, "en", channel, intent, sentiment);
        if (active) {
            var due = opened.plus(Duration.ofMinutes(status.equals("NEW") ? 20 : 480));
            var kind = status.equals("NEW") ? "FIRST_RESPONSE" : "RESOLUTION";
            tables.sla.row(caseId, kind, setup.workspace().value(), setup.teams().get(team).value(), priority, false,
                    status.equals("NEW") ? 1_200L : 28_800L, 0L, status.equals("PENDING") ? null : ts(opened),
                    ts(opened.plus(Duration.between(opened, due).multipliedBy(3).dividedBy(4))), ts(due), null, null, null);
        }
        return caseId;
    }

    /**
     * Closed work went to any of the team's agents; an active case is with an agent only while that agent holds
     * fewer than {@link #AGENT_LOAD} (the router never goes beyond capacity), otherwise it waits in the team queue.
     */
    private @org.jspecify.annotations.Nullable UUID assignee(List<AgentId> members, boolean active) {
        var agent = members.get(random.nextInt(members.size()));
        if (!active) {
            return agent.value();
        }
        if (random.nextInt(10) == 0 || openCases.getOrDefault(agent, 0) >= AGENT_LOAD) {
            return null;
        }
        openCases.merge(agent, 1, Integer::sum);
        return agent.value();
    }

    /** Recent cases are mostly being worked on; old ones are mostly closed, a few forgotten. */
    private String statusFor(Instant opened) {
        var age = Duration.between(opened, now);
        int roll = random.nextInt(100);
        if (age.compareTo(Duration.ofDays(2)) < 0) {
            return roll < 30 ? "NEW" : roll < 70 ? "OPEN" : roll < 85 ? "PENDING" : "RESOLVED";
        }
        if (age.compareTo(Duration.ofDays(14)) < 0) {
            return roll < 20 ? "OPEN" : roll < 35 ? "PENDING" : roll < 70 ? "RESOLVED" : "CLOSED";
        }
        return roll < 2 ? "OPEN" : roll < 3 ? "PENDING" : roll < 8 ? "RESOLVED" : "CLOSED";
    }

    private int pick(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String subject(String text) {
        return text.length() > 120 ? text.substring(0, 120) : text;
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * One spool file per table, loaded with COPY in foreign-key order at the end (PostgreSQL runs one COPY at a
     * time per connection, and a mention may not arrive before its case).
     */
    private static final class Tables {
        final Copy supportCase;
        final Copy post;
        final Copy mention;
        final Copy match;
        final Copy signals;
        final Copy sla;
        private final Connection connection;
        private final List<Copy> all;

        Tables(Connection connection) throws IOException {
            this.connection = connection;
            supportCase = new Copy("support_case (id, workspace_id, status, priority, team_id, assignee_agent_id, tags, routing_note, subject,"
                    + " first_post_id, opened_at, updated_at, first_response_at, resolved_at, contact_key, language, channel, intent, sentiment)");
            post = new Copy("post (id, workspace_id, channel, external_id, url, author_handle, author_display_name, author_profile_url,"
                    + " author_followers, text, lang, in_reply_to, created_at, received_at)");
            mention = new Copy("mention (id, workspace_id, post_id, case_id, matched_at)");
            match = new Copy("mention_match (mention_id, query_id, spans)");
            signals = new Copy("mention_signals (workspace_id, post_id, author_key, language, language_confidence, language_reason, sentiment,"
                    + " sentiment_reason, intent, intent_confidence, intent_reason, rudeness, rude, rudeness_reason, urgency, urgency_score,"
                    + " urgency_reason, reach, followers, reach_reason, classified_at)");
            sla = new Copy("sla_timer (case_id, kind, workspace_id, team_id, priority, business_hours, target_seconds, consumed_seconds,"
                    + " running_since, at_risk_at, due_at, met_at, at_risk_fired_at, breached_fired_at)");
            all = List.of(supportCase, post, mention, match, signals, sla);
        }

        void finish() throws IOException, SQLException {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            // The rows are consistent by construction; checking each mention's and match's foreign key one row at a
            // time (and share-locking the referenced row) took over half an hour for a million mentions. Replica
            // mode skips those triggers for this session (the harness connects as a superuser).
            try (var statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
            }
            for (var table : all) {
                var started = System.nanoTime();
                var rows = table.load(copy);
                System.out.printf("  COPY %-14s %,10d rows in %6.1f s%n", table.table(), rows, (System.nanoTime() - started) / 1e9);
            }
            try (var statement = connection.createStatement()) {
                statement.execute("set session_replication_role = default");
            }
        }
    }

    /** Rows in PostgreSQL's COPY text format (tab between columns, \N for null, backslash escapes), spooled to a file. */
    static final class Copy {
        private final String target;
        private final Path spool;
        private final java.io.Writer out;
        private final StringBuilder line = new StringBuilder(512);

        Copy(String target) throws IOException {
            this.target = target;
            this.spool = Files.createTempFile("frontline-bench-", ".copy");
            this.spool.toFile().deleteOnExit();
            this.out = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
        }

        String table() {
            return target.substring(0, target.indexOf(' '));
        }

        void row(Object... values) {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                append(values[i]);
            }
            line.append('\n');
            try {
                out.append(line);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void append(Object value) {
            if (value == null) {
                line.append("\\N");
                return;
            }
            var text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }

        long load(org.postgresql.copy.CopyManager copy) throws IOException, SQLException {
            out.close();
            try (var in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                return copy.copyIn("copy " + target + " from stdin", in, 1 << 20);
            } finally {
                Files.deleteIfExists(spool);
            }
        }
    }
}
