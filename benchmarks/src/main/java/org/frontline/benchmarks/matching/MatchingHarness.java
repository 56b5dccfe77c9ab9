package org.frontline.benchmarks.matching;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.search.Query;
import org.frontline.matching.query.CompiledQuery;
import org.frontline.matching.query.MatchableText;
import org.frontline.matching.query.PostFacts;
import org.frontline.matching.query.QueryIndex;
import org.frontline.matching.query.QueryParser;

/**
 * Runs Frontline's matcher and three Lucene baselines on the same generated posts and queries, and prints posts per
 * second (one and two threads), p99 latency per post, heap per stored query, and whether the match sets agree.
 *
 * <pre>
 * java -Xms4g -Xmx7g -cp benchmarks/target/benchmarks.jar org.frontline.benchmarks.matching.MatchingHarness \
 *     [posts=1000000] [postFile=/tmp/posts.bin] [generateOnly=true] [sizes=1000,10000,100000] \
 *     [frontlinePosts=all] [passes=spans,ids] [baselines=monitor,multipass,naive|none] [compared=2000] [luceneSeconds=20] [naiveSeconds=20] \
 *     [banking77=/work/shared/corpus/banking77/train.csv]
 * </pre>
 *
 * Frontline matches every post (or the first {@code frontlinePosts}), with spans and ids only (or the {@code passes}
 * named, so that a long run can be split); the Lucene baselines match the posts from the
 * start of the same list until their time budget runs out (they are orders of magnitude slower), and their match sets
 * are compared with Frontline's on exactly the posts they matched (at most {@code compared}). {@code postFile} keeps
 * the generated posts, so that a later run reads them instead of generating them while it holds the benchmark lock;
 * {@code generateOnly} only writes that file.
 */
public final class MatchingHarness {

    private static final long POST_SEED = 1L;
    private static final int WARM_UP_POSTS = 100_000;

    private final List<Workload.Post> posts;
    private final Map<String, String> options;

    private MatchingHarness(List<Workload.Post> posts, Map<String, String> options) {
        this.posts = posts;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            options.put(pair[0], pair[1]);
        }
        Workload workload = new Workload(Path.of(options.getOrDefault("banking77", "/work/shared/corpus/banking77/train.csv")));
        int postCount = Integer.parseInt(options.getOrDefault("posts", "1000000"));
        long start = System.nanoTime();
        List<Workload.Post> posts = posts(workload, postCount, options.get("postFile"));
        System.out.printf("%,d posts (avg %.0f chars) ready in %.1f s%n", posts.size(),
                posts.stream().mapToInt(p -> p.text().length()).average().orElse(0), (System.nanoTime() - start) / 1e9);
        if (options.containsKey("generateOnly")) {
            return;
        }
        MatchingHarness harness = new MatchingHarness(posts, options);
        for (String size : options.getOrDefault("sizes", "1000,10000,100000").split(",")) {
            int count = Integer.parseInt(size);
            harness.run(count, workload.queries(count, 42L + count));
        }
    }

    /** Generates the posts, or reads them from {@code postFile} when it holds them (writing it when it does not). */
    private static List<Workload.Post> posts(Workload workload, int count, String postFile) throws IOException {
        if (postFile == null) {
            return workload.posts(count, POST_SEED);
        }
        List<Workload.Post> posts = PostFile.read(Path.of(postFile), count, POST_SEED);
        if (posts.isEmpty()) {
            posts = workload.posts(count, POST_SEED);
            PostFile.write(Path.of(postFile), posts, POST_SEED);
        } else {
            workload.learnPhrasesFrom(posts);
        }
        return posts;
    }

    private void run(int size, List<String> queryTexts) throws Exception {
        System.out.printf("%n## %,d queries%n", size);
        System.out.println("Sample queries: " + queryTexts.subList(0, 5));
        long before = usedHeap();
        Map<Integer, CompiledQuery> compiled = new LinkedHashMap<>();
        for (int i = 0; i < queryTexts.size(); i++) {
            compiled.put(i, CompiledQuery.compile(QueryParser.parse(queryTexts.get(i))));
        }
        QueryIndex<Integer> index = QueryIndex.of(compiled);
        long heap = usedHeap() - before;
        double textBytes = queryTexts.stream().mapToInt(t -> 40 + t.length()).average().orElse(0);
        System.out.printf("Frontline index: %,d bytes per query (+ ~%.0f bytes for the query text LiveQueries keeps); %d of %d queries unindexed%n",
                heap / size, textBytes, index.unindexedCount(), size);

        List<Query> lucene = new ArrayList<>();
        compiled.values().forEach(q -> lucene.add(LuceneTranslation.of(q.query())));
        long expressible = lucene.stream().filter(q -> q != null).count();
        System.out.printf("Lucene expresses %,d of %,d queries%n", expressible, size);

        frontline(index);
        List<String> baselines = List.of(options.getOrDefault("baselines", "monitor,multipass,naive").split(","));
        if (baselines.contains("none")) {
            return;
        }
        int[][] frontlineMatches = expectedMatches(index, lucene, Integer.parseInt(options.getOrDefault("compared", "2000")));

        Analyzer analyzer = new PerFieldAnalyzerWrapper(new FrontlineAnalyzer(), Map.of(LuceneTranslation.LANG, new KeywordAnalyzer()));
        int luceneSeconds = Integer.parseInt(options.getOrDefault("luceneSeconds", "20"));
        if (baselines.contains("monitor")) {
            monitor("Lucene Monitor, TermFilteredPresearcher", new TermFilteredPresearcher(), analyzer, lucene, frontlineMatches, luceneSeconds);
        }
        if (baselines.contains("multipass")) {
            monitor("Lucene Monitor, MultipassTermFilteredPresearcher(2)", new MultipassTermFilteredPresearcher(2), analyzer, lucene, frontlineMatches,
                    luceneSeconds);
        }
        if (baselines.contains("naive")) {
            naive(analyzer, lucene, frontlineMatches, Integer.parseInt(options.getOrDefault("naiveSeconds", "20")));
        }
    }

    /**
     * The queries Frontline matches, with spans, for the first {@code count} posts: what the baselines' match sets are
     * compared with. Worked out before the baselines run and outside any timing; ids only must find the same.
     */
    private int[][] expectedMatches(QueryIndex<Integer> index, List<Query> expressible, int count) {
        int[][] matches = new int[Math.min(count, posts.size())][];
        for (int i = 0; i < matches.length; i++) {
            MatchableText text = matchable(posts.get(i));
            matches[i] = index.match(text).stream().mapToInt(QueryIndex.Match::key).filter(k -> expressible.get(k) != null).toArray();
            List<Integer> idsOnly = new ArrayList<>();
            index.forEachMatch(text, key -> {
                if (expressible.get(key) != null) {
                    idsOnly.add(key);
                }
            });
            if (!Arrays.equals(matches[i], idsOnly.stream().mapToInt(Integer::intValue).toArray())) {
                throw new IllegalStateException("Frontline with spans and ids only disagree on post " + i);
            }
        }
        System.out.printf("Frontline with spans and ids only agree on the first %,d posts%n", matches.length);
        return matches;
    }

    /** Times Frontline, with spans then ids only, each on one thread then two, over the first {@code frontlinePosts}. */
    private void frontline(QueryIndex<Integer> index) throws InterruptedException {
        List<Workload.Post> measured = posts.subList(0, Math.min(posts.size(),
                Integer.parseInt(options.getOrDefault("frontlinePosts", Integer.toString(posts.size())))));
        int sample = Math.min(10_000, measured.size());
        long sampleCandidates = 0;
        long sampleMatches = 0;
        for (int i = 0; i < sample; i++) {
            sampleCandidates += index.candidateCount(matchable(measured.get(i)));
            sampleMatches += index.match(matchable(measured.get(i))).size();
        }
        System.out.printf("Frontline: %.1f candidates evaluated and %.1f matches per post (first %,d posts)%n",
                sampleCandidates / (double) sample, sampleMatches / (double) sample, sample);
        for (int i = 0; i < Math.min(WARM_UP_POSTS, measured.size()); i++) {
            index.match(matchable(measured.get(i)));
            index.forEachMatch(matchable(measured.get(i)), key -> {});
        }
        List<String> passes = List.of(options.getOrDefault("passes", "spans,ids").split(","));
        if (passes.contains("spans")) {
            long[] matchCount = new long[1];
            Pass spans = pass(measured, post -> matchCount[0] += index.match(matchable(post)).size());
            double twoThreads = parallel(2, measured.size(), (from, to) -> {
                for (int i = from; i < to; i++) {
                    index.match(matchable(measured.get(i)));
                }
            });
            System.out.printf("Frontline, with spans: %,d posts; %s, 2 threads %,.0f posts/s; %.2f matches per post%n",
                    measured.size(), spans, measured.size() / twoThreads, matchCount[0] / (double) measured.size());
        }
        if (passes.contains("ids")) {
            Pass ids = pass(measured, post -> index.forEachMatch(matchable(post), key -> {}));
            double twoThreads = parallel(2, measured.size(), (from, to) -> {
                for (int i = from; i < to; i++) {
                    index.forEachMatch(matchable(measured.get(i)), key -> {});
                }
            });
            System.out.printf("Frontline, ids only (what the Lucene baselines return): %,d posts; %s, 2 threads %,.0f posts/s%n",
                    measured.size(), ids, measured.size() / twoThreads);
        }
    }

    /** One timed pass on the calling thread: wall clock, CPU time and each post's latency. */
    private record Pass(int posts, double seconds, double cpuSeconds, long[] latencies) {

        @Override
        public String toString() {
            return String.format("1 thread %,.0f posts/s (%,.0f per CPU-second), p50 %.1f µs, p99 %.1f µs",
                    posts / seconds, posts / cpuSeconds, percentile(latencies, 0.50) / 1e3, percentile(latencies, 0.99) / 1e3);
        }
    }

    private static Pass pass(List<Workload.Post> measured, java.util.function.Consumer<Workload.Post> matcher) {
        long[] latencies = new long[measured.size()];
        long cpuStart = cpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < measured.size(); i++) {
            long t0 = System.nanoTime();
            matcher.accept(measured.get(i));
            latencies[i] = System.nanoTime() - t0;
        }
        return new Pass(measured.size(), (System.nanoTime() - start) / 1e9, (cpuTime() - cpuStart) / 1e9, latencies);
    }

    private void monitor(String name, Presearcher presearcher, Analyzer analyzer, List<Query> queries, int[][] expected, int seconds)
            throws IOException, InterruptedException {
        long before = usedHeap();
        long buildStart = System.nanoTime();
        Monitor monitor = new Monitor(analyzer, presearcher);
        List<MonitorQuery> batch = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            if (queries.get(i) != null) {
                batch.add(new MonitorQuery(Integer.toString(i), queries.get(i)));
            }
            if (batch.size() == 10_000 || i == queries.size() - 1) {
                monitor.register(batch);
                batch.clear();
            }
        }
        double build = (System.nanoTime() - buildStart) / 1e9;
        long heap = usedHeap() - before;
        Matcher matcher = post -> {
            var found = monitor.match(document(post), QueryMatch.SIMPLE_MATCHER);
            return found.getMatches().stream().mapToInt(m -> Integer.parseInt(m.getQueryId())).sorted().toArray();
        };
        measure(name, matcher, expected, seconds, String.format("registered in %.1f s, %,d bytes heap per query", build, heap / queries.size()));
        monitor.close();
    }

    private void naive(Analyzer analyzer, List<Query> queries, int[][] expected, int seconds) throws InterruptedException, IOException {
        Matcher matcher = post -> {
            MemoryIndex memory = new MemoryIndex();
            memory.addField(LuceneTranslation.TEXT, post.text(), analyzer);
            memory.addField(LuceneTranslation.LANG, post.lang(), analyzer);
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                if (queries.get(i) != null && memory.search(queries.get(i)) > 0.0f) {
                    found.add(i);
                }
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        };
        measure("Naive: every query on a MemoryIndex of the post", matcher, expected, seconds, "no index");
    }

    /** Matches posts from the start until the time budget is spent, compares, then times two threads on as many. */
    private void measure(String name, Matcher matcher, int[][] expected, int seconds, String note) throws InterruptedException, IOException {
        long warmUpEnd = System.nanoTime() + seconds * 250_000_000L;
        for (int i = 0; i < 20 || System.nanoTime() < warmUpEnd; i++) {
            matcher.match(posts.get(posts.size() - 1 - i)); // warm-up, a quarter of the budget, outside the compared range
        }
        List<Long> latencies = new ArrayList<>();
        int differences = 0;
        String firstDifference = null;
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long cpuStart = cpuTime();
        long start = System.nanoTime();
        int done = 0;
        while (done < expected.length && (System.nanoTime() < deadline || done < 20)) {
            long t0 = System.nanoTime();
            int[] found = matcher.match(posts.get(done));
            latencies.add(System.nanoTime() - t0);
            if (!Arrays.equals(found, expected[done])) {
                differences++;
                if (firstDifference == null) {
                    firstDifference = "post " + done + ": Frontline " + Arrays.toString(expected[done]) + " vs " + Arrays.toString(found);
                }
            }
            done++;
        }
        double oneThread = (System.nanoTime() - start) / 1e9;
        double oneThreadCpu = (cpuTime() - cpuStart) / 1e9;
        int count = done;
        double twoThreads = parallel(2, count, (from, to) -> {
            for (int i = from; i < to; i++) {
                matcher.match(posts.get(i));
            }
        });
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        System.out.printf("%s (%s): %,d posts; 1 thread %,.1f posts/s (%,.1f per CPU-second), 2 threads %,.1f posts/s; "
                        + "p50 %.1f µs, p99 %.1f µs; match sets differ from Frontline's on %d of %,d posts%s%n",
                name, note, count, count / oneThread, count / oneThreadCpu, count / twoThreads, percentile(sorted, 0.50) / 1e3, percentile(sorted, 0.99) / 1e3,
                differences, count, firstDifference == null ? "" : " (first: " + firstDifference + ")");
    }

    private interface Matcher {
        int[] match(Workload.Post post) throws IOException;
    }

    private interface Slice {
        void run(int from, int to) throws IOException;
    }

    private static double parallel(int threads, int count, Slice slice) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int from = (int) ((long) count * t / threads);
            int to = (int) ((long) count * (t + 1) / threads);
            Thread worker = new Thread(() -> {
                try {
                    slice.run(from, to);
                } catch (IOException e) {
                    failures.incrementAndGet();
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException("A worker failed");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * CPU time of the calling thread: on a machine shared with other work, posts per CPU-second is what one core does,
     * while posts per wall-clock second also counts the time the thread waited for a core.
     */
    private static long cpuTime() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static MatchableText matchable(Workload.Post post) {
        return MatchableText.of(post.text(), new PostFacts(null, null, post.lang(), null, null));
    }

    private static Document document(Workload.Post post) {
        Document document = new Document();
        document.add(new TextField(LuceneTranslation.TEXT, post.text(), org.apache.lucene.document.Field.Store.NO));
        document.add(new StringField(LuceneTranslation.LANG, post.lang(), org.apache.lucene.document.Field.Store.NO));
        return document;
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
