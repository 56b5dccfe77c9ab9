package org.frontline.benchmarks.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.frontline.FrontlineApplication;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.frontline.ingest.PostId;
import org.frontline.ingest.internal.PostRepository;
import org.frontline.matching.QueryPreview;
import org.frontline.matching.TrackingQueries;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.WorkspaceAdministration;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the query preview (issue 3, point 7) on a workspace with many stored posts, in H2 or PostgreSQL, through the
 * application's own beans: the posts are written by the ingest module's repository (its SQL, search keys and
 * migrations, without the per-post events, so classification and matching of 100,000 posts do not run during the
 * timing), and the preview is {@link TrackingQueries#preview}, what {@code POST …/queries/preview} calls.
 *
 * <pre>
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar org.frontline.benchmarks.matching.PreviewHarness \
 *     db=h2|postgres [posts=100000] [runs=10] [banking77=/work/shared/corpus/banking77/train.csv] \
 *     [fill=only | reuse=&lt;H2 file or PostgreSQL schema&gt; workspace=&lt;uuid&gt;]
 * </pre>
 *
 * Without {@code fill} or {@code reuse}, H2 runs in a new file database under a temporary folder and PostgreSQL in a
 * new schema of the database {@code test} at 127.0.0.1:5432, dropped at the end. {@code fill=only} stores the posts,
 * prints the {@code reuse=… workspace=…} options and keeps the data; a later run with them only measures, so that
 * storing can run at low priority and only the measuring under a lock.
 */
public final class PreviewHarness {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    /** What people type into the query page, one of each kind of the benchmark's mix, and a query no key narrows. */
    private static final List<String> QUERIES = List.of(
            "refund OR \"money back\" OR remboursement",
            "card AND (blocked OR declined) NOT thanks",
            "transfer NEAR/3 pending",
            "lang:fr AND (commande OR livraison)",
            "verif* AND identity",
            "NOT thanks",
            "followers:>5000");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            options.put(pair[0], pair[1]);
        }
        int postCount = Integer.parseInt(options.getOrDefault("posts", "100000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "10"));
        boolean postgres = options.getOrDefault("db", "h2").equals("postgres");
        boolean fillOnly = options.getOrDefault("fill", "").equals("only");
        String reuse = options.get("reuse");
        String schema = reuse != null && postgres ? reuse : "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String h2File = reuse != null && !postgres ? reuse : null;
        if (postgres && reuse == null) {
            createSchema(schema);
        }
        String url = postgres ? POSTGRES + "?currentSchema=" + schema : h2Url(h2File);

        // The whole application, web server included (its security configuration needs one), on a free port.
        var application = new SpringApplication(FrontlineApplication.class);
        try (ConfigurableApplicationContext context = application.run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (postgres ? "postgres" : "sa"),
                "--spring.main.banner-mode=off",
                "--frontline.demo.enabled=false",
                "--logging.level.root=WARN")) {
            WorkspaceId workspace;
            if (reuse == null) {
                Workload workload = new Workload(Path.of(options.getOrDefault("banking77", "/work/shared/corpus/banking77/train.csv")));
                workspace = context.getBean(WorkspaceAdministration.class)
                        .createWorkspace("bench-" + schema.substring(6), "Preview benchmark");
                store(context, workspace, workload.posts(postCount, 3L));
            } else {
                workspace = new WorkspaceId(UUID.fromString(options.get("workspace")));
            }
            if (fillOnly) {
                System.out.printf("Filled: reuse=%s workspace=%s%n", postgres ? schema : url.substring("jdbc:h2:file:".length(), url.indexOf(';')), workspace.value());
                return;
            }
            time(context.getBean(TrackingQueries.class), workspace, runs, postgres ? "PostgreSQL" : "H2");
        } finally {
            if (postgres && reuse == null && !fillOnly) {
                dropSchema(schema);
            }
        }
    }
    private static void store(ConfigurableApplicationContext context, WorkspaceId workspace, List<Workload.Post> posts) {
        PostRepository repository = context.getBean(PostRepository.class);
        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
        Random random = new Random(11);
        Instant now = Instant.now();
        long start = System.nanoTime();
        for (int from = 0; from < posts.size(); from += 1_000) {
            List<Workload.Post> batch = posts.subList(from, Math.min(posts.size(), from + 1_000));
            int offset = from;
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < batch.size(); i++) {
                    // Spread over the preview's 30 days, so every day of the chart has posts.
                    Instant received = now.minus(Duration.ofSeconds(random.nextLong(29L * 24 * 3600)));
                    Workload.Post post = batch.get(i);
                    NewPost newPost = new NewPost(Channel.MASTODON, "bench-" + (offset + i), null,
                            new PostAuthor("user" + random.nextInt(5_000), null, null, (long) random.nextInt(10_000)),
                            post.text(), post.lang(), received, null, null);
                    repository.insert(workspace, new PostId(UUID.randomUUID()), newPost, received);
                }
            });
        }
        System.out.printf("Stored %,d posts in %.1f s%n", posts.size(), (System.nanoTime() - start) / 1e9);
    }

    private static void time(TrackingQueries queries, WorkspaceId workspace, int runs, String database) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // The whole process: H2's work on the other slices of a count runs in other threads.
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (String query : QUERIES) {
            queries.preview(workspace, query); // warm-up
        }
        List<Long> all = new ArrayList<>();
        for (String query : QUERIES) {
            long[] millis = new long[runs];
            long[] cpuMillis = new long[runs];
            long[] processCpuMillis = new long[runs];
            QueryPreview last = null;
            for (int run = 0; run < runs; run++) {
                long t0 = System.nanoTime();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long processCpu0 = process.getProcessCpuTime();
                last = queries.preview(workspace, query);
                cpuMillis[run] = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
                processCpuMillis[run] = (process.getProcessCpuTime() - processCpu0) / 1_000_000;
                millis[run] = (System.nanoTime() - t0) / 1_000_000;
                all.add(millis[run]);
            }
            Arrays.sort(millis);
            Arrays.sort(cpuMillis);
            Arrays.sort(processCpuMillis);
            System.out.printf(Locale.ROOT,
                    "%s | %s | scanned %,d, matched %,d, %d examples%s | p50 %d ms | p99 %d ms | thread CPU p50 %d ms"
                            + " | process CPU p50 %d ms%n",
                    database, query, last.scanned(), last.matched(), last.examples().size(),
                    last.complete() ? "" : " (incomplete)", millis[runs / 2], millis[percentile99(runs)],
                    cpuMillis[runs / 2], processCpuMillis[runs / 2]);
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s | all %d previews | p50 %d ms | p99 %d ms%n", database, sorted.length,
                sorted[sorted.length / 2], sorted[percentile99(sorted.length)]);
    }

    /** Nearest rank: of 10 runs the slowest, of 60 the 60th. */
    private static int percentile99(int count) {
        return (int) Math.ceil(0.99 * count) - 1;
    }

    private static String h2Url(String file) throws Exception {
        String path = file != null ? file : Files.createTempDirectory("frontline-preview").resolve("frontline").toString();
        // H2 hands back the last result of a statement run again with the same parameters on unchanged tables; a
        // preview typed once would not get it, so the timing must not either.
        return "jdbc:h2:file:" + path
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;OPTIMIZE_REUSE_RESULTS=0";
    }

    private static void createSchema(String schema) throws Exception {
        try (var connection = DriverManager.getConnection(POSTGRES, "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
    }
    private static void dropSchema(String schema) throws Exception {
        try (var connection = DriverManager.getConnection(POSTGRES, "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("drop schema " + schema + " cascade");
        }
    }
}
