package org.frontline.benchmarks.classify;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Consumer;
import org.frontline.classify.Classifier;
import org.frontline.classify.internal.LanguageDetection;

/**
 * Posts classified per second of the measuring thread's own CPU time, besides wall-clock time. On a shared,
 * loaded machine wall-clock throughput mostly measures how often the thread was scheduled; CPU time measures
 * what one core does while it runs the classifier (caches shared with other work still slow it somewhat).
 * One thread; the demo stream's posts in turn, as in {@link ClassifierBenchmark}.
 *
 * <p>Arguments: {@code warmupSeconds=20 rounds=5 passes=40}.
 */
public final class ClassifierCpuHarness {

    private ClassifierCpuHarness() {}

    public static void main(String[] args) {
        var warmup = intArg(args, "warmupSeconds", 20);
        var rounds = intArg(args, "rounds", 5);
        var passes = intArg(args, "passes", 40);
        var posts = DemoPosts.load().posts().toArray(DemoPosts.Post[]::new);
        var classifier = Classifier.shipped();
        var languages = LanguageDetection.shipped();
        var sink = new long[1];
        measure("wholeStack", posts, warmup, rounds, passes,
                p -> sink[0] += classifier.classify(p.text(), p.lang(), p.followers(), 0).intent().reason().length());
        measure("language", posts, warmup, rounds, passes, p -> sink[0] += languages.detect(p.text(), null).code().length());
        System.out.println("(checksum " + sink[0] + ")");
    }

    private static void measure(String name, DemoPosts.Post[] posts, int warmupSeconds, int rounds, int passes,
            Consumer<DemoPosts.Post> work) {
        var threads = ManagementFactory.getThreadMXBean();
        var os = ManagementFactory.getOperatingSystemMXBean();
        var until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            for (var post : posts) {
                work.accept(post);
            }
        }
        for (var round = 1; round <= rounds; round++) {
            var cpu0 = threads.getCurrentThreadCpuTime();
            var wall0 = System.nanoTime();
            for (var pass = 0; pass < passes; pass++) {
                for (var post : posts) {
                    work.accept(post);
                }
            }
            var cpu = threads.getCurrentThreadCpuTime() - cpu0;
            var wall = System.nanoTime() - wall0;
            var count = (double) passes * posts.length;
            System.out.printf(Locale.ROOT, "%-12s round %d: %,10.0f posts per CPU-second, %,10.0f posts per wall-second,"
                    + " %.2f µs CPU per post, load average %.2f%n", name, round, count / (cpu / 1e9), count / (wall / 1e9),
                    cpu / 1e3 / count, os.getSystemLoadAverage());
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (var arg : args) {
            if (arg.startsWith(name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 1));
            }
        }
        return fallback;
    }
}
