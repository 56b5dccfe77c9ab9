package org.frontline.benchmarks.dashboards;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.frontline.FrontlineApplication;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.frontline.ingest.PostIngestion;
import org.frontline.matching.TrackingQueries;
import org.frontline.matching.TrackingQueryId;
import org.frontline.metrics.DashboardFilter;
import org.frontline.metrics.customers.CustomerDashboard;
import org.frontline.metrics.internal.ListeningDashboard;
import org.frontline.metrics.internal.ServiceDashboard;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.WorkspaceAdministration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Dashboards at scale on PostgreSQL: a fresh schema, the application started on it (migrations, listeners,
 * pipeline), one workspace filled by {@link ScaleData} with a year of mentions and cases, rollups built by
 * {@link BulkRollups}; then each dashboard's figures are read through the application's own query code while
 * posts keep arriving through the real ingest pipeline, and the same figures by GROUP BY over the raw rows.
 *
 * <p>Arguments: {@code mentions cases [samples] [fill|upgrade|measure|check|both]}. Database: 127.0.0.1:5432/test as
 * postgres (trust), schema {@code bench_dashboards} (or the system property {@code frontline.bench.schema}). {@code fill} drops and re-creates the schema, fills it and
 * stops; {@code upgrade} starts the application on a filled schema (applying any newer migration with its
 * backfill), completes what a newer schema has that the fill lacked, and stops; {@code measure} does the same and
 * then measures; {@code check} only compares sampled rollup hours and days with GROUP BY ({@link SampleCheck}). So filling and upgrading can run without the measuring lock, and {@code measure} under it. The
 * GROUP BY baseline runs {@code samples / 2} times over 30 days and 3 times over a year (system properties
 * {@code frontline.bench.raw-samples} and {@code frontline.bench.raw-year-samples}), after one warm-up run; 0 skips
 * it, for a quick re-measurement of the rollups alone.
 */
public final class DashboardScaleHarness {

    private static final String SCHEMA = System.getProperty("frontline.bench.schema", "bench_dashboards");
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    public static void main(String[] args) throws Exception {
        var mentions = Long.parseLong(args.length > 0 ? args[0] : "10000000");
        var cases = Long.parseLong(args.length > 1 ? args[1] : "1000000");
        var samples = Integer.parseInt(args.length > 2 ? args[2] : "40");
        var mode = args.length > 3 ? args[3] : "both";
        if (mode.equals("check")) {
            try (var c = connect()) {
                var filled = Filled.read();
                var now = Instant.now();
                SampleCheck.run(c, filled.workspace().value(), filled.end(), now, now);
            }
            System.exit(0);
        }
        if (!mode.equals("measure")) {
            freshSchema();
            try (var app = start()) {
                fill(app, mentions, cases);
            }
        }
        if (mode.equals("upgrade")) {
            var upgrading = System.nanoTime();
            try (var app = start(); var c = connect()) {
                log("application started on the filled schema (pending migrations applied) in %.0f s", seconds(upgrading));
                BulkRollups.complete(c, Filled.read().workspace().value());
                exec(c, "analyze");
                log("upgraded, completed and analyzed in %.0f s", seconds(upgrading));
            }
        } else if (!mode.equals("fill")) {
            var migrating = System.nanoTime();
            try (var app = start()) {
                log("application started on the filled schema (pending migrations applied) in %.0f s", seconds(migrating));
                var filled = Filled.read();
                try (var c = connect()) {
                    var completing = System.nanoTime();
                    BulkRollups.complete(c, filled.workspace().value());
                    log("rollups completed for the current schema in %.0f s", seconds(completing));
                }
                measure(app, filled.workspace(), filled.end(), samples);
            }
        }
        System.exit(0);
    }

    /** What a fill left for the measurement: the workspace and the end of the generated year. */
    private record Filled(WorkspaceId workspace, Instant end) {
        static void write(WorkspaceId workspace, Instant end) throws SQLException {
            try (var c = connect()) {
                exec(c, "create table bench_filled (workspace_id uuid not null, end_at timestamp with time zone not null)");
                try (var insert = c.prepareStatement("insert into bench_filled values (?, ?)")) {
                    insert.setObject(1, workspace.value());
                    insert.setObject(2, end.atOffset(java.time.ZoneOffset.UTC));
                    insert.executeUpdate();
                }
            }
        }

        static Filled read() throws SQLException {
            try (var c = connect(); var s = c.createStatement(); var rs = s.executeQuery("select workspace_id, end_at from bench_filled")) {
                rs.next();
                return new Filled(new WorkspaceId(rs.getObject(1, UUID.class)), rs.getObject(2, java.time.OffsetDateTime.class).toInstant());
            }
        }
    }

    private static void fill(ConfigurableApplicationContext app, long mentions, long cases) throws Exception {
        var workspace = app.getBean(WorkspaceAdministration.class).createWorkspace("bench", "Benchmark brand");
        var queries = new ArrayList<UUID>();
        for (int i = 0; i < 20; i++) {
            queries.add(app.getBean(TrackingQueries.class).create(workspace, "Brand " + i, "brand" + i).id().value());
        }
        var end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        var data = new ScaleData(workspace.value(), queries, end);
        var started = System.nanoTime();
        try (var c1 = connect(); var c2 = connect(); var c3 = connect(); var c4 = connect(); var c5 = connect(); var c6 = connect()) {
            exec(c1, "create table bench_mention_query (workspace_id uuid not null, post_id uuid not null, query_id uuid not null,"
                    + " occurred_at timestamp with time zone not null, channel varchar(16) not null)");
            var aside = IndexesAside.drop(c1, IndexesAside.FACT_TABLES);
            data.mentions(List.of(c1, c2, c3), mentions);
            log("COPY %,d mentions: %.0f s", mentions, seconds(started));
            var casesStarted = System.nanoTime();
            data.cases(List.of(c1, c2, c3, c4, c5, c6), cases);
            log("COPY %,d cases: %.0f s", cases, seconds(casesStarted));
            var rollupsStarted = System.nanoTime();
            c1.setAutoCommit(false);
            BulkRollups.build(c1, workspace.value());
            c1.commit();
            c1.setAutoCommit(true);
            log("bulk rollups: %.0f s", seconds(rollupsStarted));
            var indexing = System.nanoTime();
            aside.rebuild(c1);
            log("secondary indexes rebuilt: %.0f s", seconds(indexing));
            // Fair to the GROUP BY baseline: the raw rows get the time indexes such a query would want.
            // (metrics_mention_fact_by_time, the application's own, serves the mention facts.)
            exec(c1, "create index bench_mention_query_time on bench_mention_query (workspace_id, occurred_at)");
            exec(c1, "create index bench_survey_answer_time on metrics_survey_answer (workspace_id, answered_at)");
            exec(c1, "analyze");
            log("generated and indexed in %.0f s", seconds(started));
        }
        Filled.write(workspace, end);
    }

    private static void measure(ConfigurableApplicationContext app, WorkspaceId workspace, Instant end, int samples) throws Exception {
        var listening = app.getBean(ListeningDashboard.class);
        var service = app.getBean(ServiceDashboard.class);
        var customers = app.getBean(CustomerDashboard.class);
        var day = end.plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.DAYS);
        var month = new DashboardFilter(day.minus(Duration.ofDays(30)), day, Optional.empty(), Optional.empty());
        var year = new DashboardFilter(day.minus(Duration.ofDays(365)), day, Optional.empty(), Optional.empty());
        var query = topQuery(workspace);
        var narrowed = new DashboardFilter(month.from(), month.to(), Optional.of(Channel.X), Optional.of(new TrackingQueryId(query)));
        var ingest = new Ingest(app.getBean(PostIngestion.class), workspace);
        var liveFrom = Instant.now();
        var ingestThread = Thread.ofPlatform().name("ingest-load").start(ingest);
        var raw30 = Integer.getInteger("frontline.bench.raw-samples", Math.max(3, samples / 2));
        var raw365 = Integer.getInteger("frontline.bench.raw-year-samples", 3);
        try (var raw = connect()) {
            var rawFigures = new RawFigures(raw, workspace.value());
            var results = new ArrayList<String>();
            results.add(row("listening, 30 days", time(samples, () -> listening.figures(workspace, month)),
                    time(raw30, () -> rawFigures.listening(month.from(), month.to()))));
            results.add(row("listening, 365 days", time(samples, () -> listening.figures(workspace, year)),
                    time(raw365, () -> rawFigures.listening(year.from(), year.to()))));
            results.add(row("listening, 30 days, channel x and one query", time(samples, () -> listening.figures(workspace, narrowed)),
                    time(raw30, () -> rawFigures.listening(month.from(), month.to(), "x", query))));
            results.add(row("service, 30 days", time(samples, () -> service.figures(workspace, month)),
                    time(raw30, () -> rawFigures.service(month.from(), month.to()))));
            results.add(row("service, 365 days", time(samples, () -> service.figures(workspace, year)),
                    time(raw365, () -> rawFigures.service(year.from(), year.to()))));
            results.add(row("customers, 30 days", time(samples, () -> customers.figures(workspace, "bench", month)),
                    time(raw30, () -> rawFigures.customers(month.from(), month.to()))));
            ingest.stop();
            ingestThread.join();
            log("ingest load during the measurement: %,d posts accepted (%.0f posts/s)", ingest.accepted.get(), ingest.rate());
            System.out.println("| dashboard | rollups p50 ms | rollups p95 ms | rollups CPU ms per call | GROUP BY p50 ms | GROUP BY p95 ms"
                    + " | p95 ratio |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            results.forEach(System.out::println);
        }
        var liveTo = Instant.now();
        Thread.sleep(Duration.ofSeconds(30));
        try (var check = connect()) {
            SampleCheck.run(check, workspace.value(), end, liveFrom, liveTo);
        }
    }

    /** The tracking query with the most mentions (Zipf rank 1). */
    private static UUID topQuery(WorkspaceId workspace) throws SQLException {
        try (var c = connect(); var s = c.prepareStatement("select id from tracking_query where workspace_id = ? and name = 'Brand 0'")) {
            s.setObject(1, workspace.value());
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    /** Wall-clock nanoseconds of each run, and the measuring thread's CPU nanoseconds over all runs. */
    private record Timed(long[] wall, long cpu) {}

    private static String row(String name, Timed rollups, Timed groupBy) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f× |", name, ms(rollups.wall(), 50), ms(rollups.wall(), 95),
                rollups.cpu() / 1e6 / Math.max(1, rollups.wall().length), ms(groupBy.wall(), 50), ms(groupBy.wall(), 95),
                ms(groupBy.wall(), 95) / Math.max(0.001, ms(rollups.wall(), 95)));
    }

    /** Each of {@code n} runs, after a warm-up run; none at all when {@code n} is 0. */
    private static Timed time(int n, Callable<?> call) throws Exception {
        if (n == 0) {
            return new Timed(new long[0], 0);
        }
        call.call();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var times = new long[n];
        var cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            var t = System.nanoTime();
            call.call();
            times[i] = System.nanoTime() - t;
        }
        return new Timed(times, threads.getCurrentThreadCpuTime() - cpu);
    }

    private static double ms(long[] times, int percentile) {
        if (times.length == 0) {
            return Double.NaN;
        }
        var sorted = times.clone();
        Arrays.sort(sorted);
        var index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** Posts through the real pipeline (ingest, matching, classification, cases, rollups) in batches of 10. */
    private static final class Ingest implements Runnable {
        private final PostIngestion ingestion;
        private final WorkspaceId workspace;
        private final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong accepted = new AtomicLong();
        private final long started = System.nanoTime();
        private volatile long stopped;

        Ingest(PostIngestion ingestion, WorkspaceId workspace) {
            this.ingestion = ingestion;
            this.workspace = workspace;
        }

        @Override
        public void run() {
            var n = 0L;
            var texts = List.of("my order from brand%d is late again, terrible", "brand%d support was great, thank you!",
                    "does brand%d ship to Portugal?", "I will cancel brand%d if this keeps happening");
            while (running.get()) {
                var batch = new ArrayList<NewPost>();
                for (int i = 0; i < 10; i++, n++) {
                    var text = String.format(Locale.ROOT, texts.get((int) (n % texts.size())), n % 20);
                    batch.add(new NewPost(Channel.WEBHOOK, "load-" + n, null, new PostAuthor("load_" + (n % 5000), null, null, null), text,
                            null, Instant.now(), null, null));
                }
                accepted.addAndGet(ingestion.ingest(workspace, batch).size());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        void stop() {
            stopped = System.nanoTime();
            running.set(false);
        }

        double rate() {
            return accepted.get() / ((stopped - started) / 1e9);
        }
    }

    private static ConfigurableApplicationContext start() {
        // Command-line arguments: they take precedence over application.properties (defaults would not).
        return new SpringApplicationBuilder(FrontlineApplication.class).run(
                "--spring.datasource.url=" + URL + "?currentSchema=" + SCHEMA,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.flyway.schemas=" + SCHEMA,
                "--spring.flyway.default-schema=" + SCHEMA,
                "--server.port=0",
                "--frontline.demo.enabled=false",
                "--frontline.alerts.watch=false",
                "--frontline.channels.feed.scheduled-polling=false",
                "--frontline.channels.social.listening=false",
                "--frontline.channels.mail.scheduled-polling=false",
                "--frontline.secrets.key-file=target/bench-secrets.key",
                "--frontline.surveys.key-file=target/bench-survey-signing.key",
                "--logging.level.org.frontline=WARN");
    }

    private static void freshSchema() throws SQLException {
        try (var connection = DriverManager.getConnection(URL, "postgres", "")) {
            exec(connection, "drop schema if exists " + SCHEMA + " cascade");
            exec(connection, "create schema " + SCHEMA);
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL + "?currentSchema=" + SCHEMA, "postgres", "");
    }

    static void exec(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    private DashboardScaleHarness() {}
}
