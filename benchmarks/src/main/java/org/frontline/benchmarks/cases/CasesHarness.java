package org.frontline.benchmarks.cases;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.frontline.FrontlineApplication;
import org.frontline.cases.CaseFilter;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseStatus;
import org.frontline.cases.internal.CaseRepository;
import org.frontline.cases.web.CaseViewsAccess;
import org.frontline.matching.TrackingQueries;
import org.frontline.routing.AgentId;
import org.frontline.routing.AgentLoads;
import org.frontline.routing.AgentPicker;
import org.frontline.routing.Agents;
import org.frontline.routing.BusinessHours;
import org.frontline.routing.Priority;
import org.frontline.routing.Router;
import org.frontline.routing.RoutingFacts;
import org.frontline.routing.RoutingRules;
import org.frontline.routing.RuleCondition;
import org.frontline.routing.SlaPolicies;
import org.frontline.routing.TeamId;
import org.frontline.routing.Teams;
import org.frontline.shared.PageRequest;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.WorkspaceAdministration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agent's day at scale, on PostgreSQL: fills a fresh schema with {@code cases} cases (and one case with
 * {@code mentions} mentions) through the application's own migrations and setup APIs plus COPY, then times the
 * application's own code: an inbox page of 50 filtered cases ({@code CaseViews.inbox}, what the inbox renders),
 * opening the big case ({@code CaseViews.detail}), and a routing decision ({@code Router.route} with rules,
 * teams, agents and live open-case counts; and {@code AgentPicker.pick} alone). Prints p50/p99/max per operation.
 *
 * <pre>java -cp benchmarks.jar org.frontline.benchmarks.cases.CasesHarness cases=1000000 mentions=1000 samples=2000</pre>
 *
 * {@code schema=bench_cases} names the schema (dropped and refilled unless {@code reuse=true}); {@code measure=false}
 * only fills it, so that the filling can run outside the benchmark lock and {@code reuse=true} measures later.
 */
public final class CasesHarness {

    private static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final int TEAMS = 5;
    private static final int AGENTS_PER_TEAM = 8;

    public static void main(String[] args) throws Exception {
        var options = options(args);
        int cases = Integer.parseInt(options.getOrDefault("cases", "1000000"));
        int mentions = Integer.parseInt(options.getOrDefault("mentions", "1000"));
        int samples = Integer.parseInt(options.getOrDefault("samples", "2000"));
        var schema = options.getOrDefault("schema", "bench_cases");
        var reuse = Boolean.parseBoolean(options.getOrDefault("reuse", "false"));
        // measure=false only fills (without the benchmark lock); reuse=true later measures what it left.
        var measure = Boolean.parseBoolean(options.getOrDefault("measure", "true"));
        if (!schema.matches("[a-z_][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("schema: lower-case letters, digits and _");
        }
        if (!reuse) {
            try (var connection = DriverManager.getConnection(DATABASE, "postgres", "");
                    var statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
                statement.execute("create schema " + schema);
            }
        }
        var statements = new StatementLog();
        try (var context = start(schema, statements)) {
            var setup = reuse ? existing(context) : generate(context, cases, mentions);
            if (measure) {
                measure(context, setup, samples, statements);
            }
        }
    }

    private static ConfigurableApplicationContext start(String schema, StatementLog statements) {
        // As command-line arguments: they win over application.properties (the embedded database by default).
        return new SpringApplicationBuilder(FrontlineApplication.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(statements))
                .run(
                "--spring.datasource.url=" + DATABASE + "?currentSchema=" + schema,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--server.port=0",
                "--frontline.demo.enabled=false",
                // Background jobs would interleave with the timed calls; their own cost is not measured here.
                "--frontline.sla.watch-interval=PT1H",
                "--frontline.cases.queue-pickup-interval=PT1H",
                "--frontline.replies.delivery-every=1h",
                "--logging.level.root=WARN",
                "--logging.level.org.frontline=WARN");
    }

    /** The workspace's teams, agents, rules, queries and SLA policies through the product's APIs, then the bulk of cases by COPY. */
    private static Setup generate(ConfigurableApplicationContext context, int cases, int mentions) throws Exception {
        var admin = context.getBean(WorkspaceAdministration.class);
        var workspace = admin.createWorkspace("bench", "Benchmark brand");
        var teams = context.getBean(Teams.class);
        var agents = context.getBean(Agents.class);
        var teamIds = new ArrayList<TeamId>();
        var agentIds = new ArrayList<List<AgentId>>();
        String[][] zones = {{"Europe/Paris", "fr"}, {"America/New_York", "en"}, {"Asia/Tokyo", "ja"}, {"Europe/Berlin", "de"}, {"UTC", "en"}};
        for (int t = 0; t < TEAMS; t++) {
            var team = teams.create(workspace, "Team " + t, t == 0);
            teamIds.add(team);
            var members = new ArrayList<AgentId>();
            for (int a = 0; a < AGENTS_PER_TEAM; a++) {
                var zone = ZoneId.of(zones[(t + a) % zones.length][0]);
                var hours = a % 2 == 0 ? BusinessHours.always(zone) : BusinessHours.weekdays(zone, LocalTime.of(8, 0), LocalTime.of(20, 0), Set.of());
                var agent = agents.create(workspace, "Agent " + t + "-" + a, "agent" + t + a + "@bench.example",
                        new java.util.TreeSet<>(List.of("en", zones[(t + a) % zones.length][1])), a % 3 == 0 ? Set.of("billing") : Set.of(), hours,
                        CaseCorpus.AGENT_CAPACITY);
                agents.addToTeam(workspace, team, agent);
                members.add(agent);
            }
            agentIds.add(members);
        }
        var queries = new ArrayList<UUID>();
        var tracking = context.getBean(TrackingQueries.class);
        String[] words = {"card", "refund", "transfer", "pin", "atm", "fee", "account", "exchange", "top up", "verify"};
        for (int q = 0; q < 20; q++) {
            queries.add(tracking.create(workspace, "Query " + q, "\"" + words[q % words.length] + "\" OR bench" + q).id().value());
        }
        var rules = context.getBean(RoutingRules.class);
        rules.append(workspace, "Refunds", List.of(new RuleCondition.IntentIs("complaint"), new RuleCondition.TextContains("refund")),
                teamIds.get(1), Priority.HIGH, Set.of("refund"), Set.of("billing"));
        rules.append(workspace, "French", List.of(new RuleCondition.LanguageIs("fr")), teamIds.get(0), Priority.NORMAL, Set.of(), Set.of());
        rules.append(workspace, "Big accounts", List.of(new RuleCondition.ReachAtLeast(100_000)), teamIds.get(2), Priority.URGENT, Set.of(), Set.of());
        rules.append(workspace, "Angry", List.of(new RuleCondition.SentimentAtMost(-0.6)), teamIds.get(3), Priority.HIGH, Set.of(), Set.of());
        rules.append(workspace, "Cards", List.of(new RuleCondition.TextContains("card")), teamIds.get(4), Priority.NORMAL, Set.of(), Set.of());
        var policies = context.getBean(SlaPolicies.class);
        for (var priority : Priority.values()) {
            policies.set(workspace, null, priority, Duration.ofMinutes(priority == Priority.URGENT ? 20 : 120), Duration.ofHours(4),
                    Duration.ofHours(24), false);
        }
        var setup = new CaseCorpus.Setup(workspace, teamIds, agentIds, queries);
        var started = System.nanoTime();
        UUID big;
        try (var connection = context.getBean(DataSource.class).getConnection()) {
            big = new CaseCorpus(connection, setup, Path.of("/work/shared/corpus/banking77/train.csv"), Clock.systemUTC().instant())
                    .fill(cases, mentions);
        }
        var jdbc = context.getBean(JdbcClient.class);
        for (var table : List.of("support_case", "post", "mention", "mention_match", "mention_signals", "sla_timer")) {
            // What autovacuum does to a table that has settled: statistics, and the visibility map for index-only scans.
            jdbc.sql("vacuum analyze " + table).update();
        }
        System.out.printf("Generated %,d cases + 1 case with %,d mentions in %.1f s (spool, COPY, VACUUM ANALYZE)%n", cases, mentions,
                (System.nanoTime() - started) / 1e9);
        return new Setup(workspace, teamIds, new CaseId(big));
    }

    private static Setup existing(ConfigurableApplicationContext context) {
        var jdbc = context.getBean(JdbcClient.class);
        var workspace = new WorkspaceId(jdbc.sql("select id from workspace where slug = 'bench'").query(UUID.class).single());
        var teams = context.getBean(Teams.class).list(workspace).stream().map(t -> t.id()).toList();
        // A fill stopped before the mentions were loaded leaves no big case: then only the case-level operations are timed.
        var big = jdbc.sql("select case_id from mention group by case_id order by count(*) desc fetch first 1 rows only")
                .query(UUID.class)
                .optional()
                .map(CaseId::new)
                .orElse(null);
        return new Setup(workspace, teams, big);
    }

    record Setup(WorkspaceId workspace, List<TeamId> teams, @org.jspecify.annotations.Nullable CaseId bigCase) {}

    private static void measure(ConfigurableApplicationContext context, Setup setup, int samples, StatementLog statements) throws Exception {
        var jdbc = context.getBean(JdbcClient.class);
        var bigCase = setup.bigCase();
        System.out.printf("Stored: %,d cases, %,d posts, %,d mentions, %,d matches, %,d signals, %,d SLA timers; the big case has %,d mentions%n",
                count(jdbc, "support_case"), count(jdbc, "post"), count(jdbc, "mention"), count(jdbc, "mention_match"),
                count(jdbc, "mention_signals"), count(jdbc, "sla_timer"),
                bigCase == null ? 0 : jdbc.sql("select count(*) from mention where case_id = ?").param(bigCase.value()).query(Long.class).single());
        var views = new CaseViewsAccess(context);
        var repository = context.getBean(CaseRepository.class);
        var active = Set.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING);
        var filters = new ArrayList<CaseFilter>();
        for (var team : setup.teams()) {
            filters.add(new CaseFilter(active, team, null, false, null, null, null, null, null));
        }
        var first = new PageRequest(0, 50);
        int[] turn = {0};
        IntSupplier inbox = () -> views.inbox(setup.workspace(), filters.get(turn[0]++ % filters.size()), first);
        IntSupplier inboxQuery = () -> repository.page(setup.workspace(), filters.get(turn[0]++ % filters.size()), first).items().size();
        IntSupplier openBig = () -> bigCase == null ? 0 : views.open(setup.workspace(), bigCase);
        var router = context.getBean(Router.class);
        AgentLoads loads = repository::openCasesPerAgent;
        var facts = List.of(
                new RoutingFacts("x", Map.of(), "complaint", -0.7, 0.1, 0.4, "fr", 120L, "I want a refund for my card"),
                new RoutingFacts("mastodon", Map.of(), "question", 0.1, 0.0, 0.2, "en", 40L, "How do I verify my top up?"),
                new RoutingFacts("email", Map.of(), "need", 0.0, 0.0, 0.1, "de", 3L, "Bitte um Hilfe beim Konto"));
        IntSupplier route = () -> router.route(setup.workspace(), facts.get(turn[0]++ % facts.size()), loads).agent() == null ? 0 : 1;
        var agents = context.getBean(Agents.class).ofTeam(setup.workspace(), setup.teams().getFirst());
        var agentIds = agents.stream().map(a -> a.id()).toList();
        IntSupplier openCases = () -> repository.openCasesPerAgent(setup.workspace(), agentIds).size();
        // The same decision with the loads handed in: what is left is the in-memory setup, the choice, the
        // explanation and the write of the round-robin memory.
        var known = repository.openCasesPerAgent(setup.workspace(), context.getBean(Agents.class).list(setup.workspace()).stream().map(a -> a.id()).toList());
        AgentLoads given = (workspace, ids) -> known;
        IntSupplier routeGiven = () -> router.route(setup.workspace(), facts.get(turn[0]++ % facts.size()), given).agent() == null ? 0 : 1;
        var candidates = agents.stream().map(a -> new AgentPicker.Candidate(a, turn[0] % 40)).toList();
        var clock = Clock.systemUTC();
        IntSupplier pick = () -> AgentPicker.pick("Team 0", candidates, "fr", Set.of(), clock.instant(), AgentPicker.Strategy.LEAST_LOADED, null)
                .agent().isPresent() ? 1 : 0;

        System.out.printf("%nInbox filter: status in (new, open, pending) and one team (rotating over %d teams), page 1, 50 cases%n", filters.size());
        System.out.printf("%-46s %8s %9s %9s %9s %11s%n", "operation", "samples", "p50 ms", "p99 ms", "max ms", "cpu ms/op");
        time("inbox page: CaseViews.inbox (query + joins)", inbox, samples);
        time("inbox query only: CaseRepository.page", inboxQuery, samples);
        if (bigCase != null) {
            time("open case with 1,000 mentions: CaseViews.detail", openBig, Math.max(samples / 4, 100));
        }
        time("routing decision: Router.route (database)", route, samples);
        time("  live open-case counts alone (1 statement)", openCases, samples);
        time("  Router.route with the loads handed in", routeGiven, samples);
        time("agent choice alone: AgentPicker.pick", pick, samples * 10);
        try (var connection = context.getBean(DataSource.class).getConnection()) {
            explain(connection, "inbox page: CaseViews.inbox", statements.record(inbox));
            if (bigCase != null) {
                explain(connection, "open case with 1,000 mentions: CaseViews.detail", statements.record(openBig));
            }
            explain(connection, "routing decision: Router.route", statements.record(route));
        }
    }

    private static void time(String name, IntSupplier operation, int samples) {
        long sink = 0;
        for (int i = 0; i < Math.max(samples / 5, 20); i++) {
            sink += operation.getAsInt();
        }
        var threads = ManagementFactory.getThreadMXBean();
        var cpuBefore = threads.getCurrentThreadCpuTime();
        var nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            var started = System.nanoTime();
            sink += operation.getAsInt();
            nanos[i] = System.nanoTime() - started;
        }
        // CPU time of the measuring thread only: the database's own work is in another process.
        var cpuPerOperation = (threads.getCurrentThreadCpuTime() - cpuBefore) / (double) samples;
        Arrays.sort(nanos);
        System.out.printf("%-46s %8d %9.3f %9.3f %9.3f %11.3f%s%n", name, samples, ms(nanos[samples / 2]),
                ms(nanos[(int) Math.ceil(samples * 0.99) - 1]), ms(nanos[samples - 1]), cpuPerOperation / 1e6, sink < 0 ? "!" : "");
    }

    /** The statements one run of the operation sent, and the plan of each SELECT with the values it was sent with. */
    private static void explain(Connection connection, String operation, List<StatementLog.Sent> sent) throws SQLException {
        System.out.printf("%n%s: %d statements%n", operation, sent.size());
        for (var statement : sent) {
            var sql = statement.sql().replaceAll("\\?(, \\?)+", "?, …");
            System.out.printf("%n  %s%n", sql.length() > 220 ? sql.substring(0, 220) + " …" : sql);
            if (!statement.sql().stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("select")) {
                continue;
            }
            for (var line : StatementLog.explain(connection, statement)) {
                System.out.println("    " + line);
            }
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (var arg : args) {
            var parts = arg.split("=", 2);
            options.put(parts[0], parts.length > 1 ? parts[1] : "true");
        }
        return options;
    }
}
