package org.frontline.benchmarks.classify;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares two builds of the classifier in one process, round by round, in CPU time of the measuring thread:
 * each benchmark jar is loaded in a class loader of its own and the rounds alternate (A B, then B A). On a
 * shared machine whose load drifts from minute to minute, two runs one after the other are hard to compare;
 * alternating rounds exposes both builds to the same conditions.
 *
 * <p>Arguments: {@code before.jar after.jar [warmupCpuSeconds=10] [rounds=10] [passes=10]}. Warm-up is counted in
 * CPU seconds of each build, not wall-clock seconds: on a loaded machine a wall-clock warm-up may leave the JIT
 * half done.
 */
public final class ClassifierAbHarness {

    private ClassifierAbHarness() {}

    public static void main(String[] args) throws Throwable {
        var posts = DemoPosts.load().posts().toArray(DemoPosts.Post[]::new);
        var builds = List.of(load(Path.of(args[0])), load(Path.of(args[1])));
        var warmup = intArg(args, "warmupCpuSeconds", 10);
        var rounds = intArg(args, "rounds", 10);
        var passes = intArg(args, "passes", 10);
        var sink = new long[1];
        var threads = ManagementFactory.getThreadMXBean();
        for (var build : builds) {
            var until = threads.getCurrentThreadCpuTime() + warmup * 1_000_000_000L;
            while (threads.getCurrentThreadCpuTime() < until) {
                run(build, posts, 1, sink);
            }
        }
        var micros = new double[][] {new double[rounds], new double[rounds]};
        var os = ManagementFactory.getOperatingSystemMXBean();
        for (var round = 0; round < rounds; round++) {
            for (var k = 0; k < 2; k++) {
                var which = round % 2 == 0 ? k : 1 - k;
                micros[which][round] = run(builds.get(which), posts, passes, sink);
            }
            System.out.printf(Locale.ROOT, "round %2d: A %.1f µs, B %.1f µs CPU per post, load average %.2f%n", round + 1,
                    micros[0][round], micros[1][round], os.getSystemLoadAverage());
        }
        for (var k = 0; k < 2; k++) {
            var sorted = micros[k].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%s %s: median %.1f µs CPU per post (%,.0f posts per CPU-second), best %.1f µs%n",
                    k == 0 ? "A" : "B", args[k], sorted[rounds / 2], 1e6 / sorted[rounds / 2], sorted[0]);
        }
        System.out.println("(checksum " + sink[0] + ")");
    }

    /** µs of this thread's CPU per post. */
    private static double run(MethodHandle classify, DemoPosts.Post[] posts, int passes, long[] sink) throws Throwable {
        var threads = ManagementFactory.getThreadMXBean();
        var cpu0 = threads.getCurrentThreadCpuTime();
        for (var pass = 0; pass < passes; pass++) {
            for (var post : posts) {
                sink[0] += classify.invoke(post.text(), post.lang(), post.followers(), 0) == null ? 0 : 1;
            }
        }
        return (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / ((double) passes * posts.length);
    }

    /** {@code Classifier.shipped()::classify} from the jar, in a class loader that sees only that jar and the JDK. */
    private static MethodHandle load(Path jar) throws Throwable {
        var loader = new URLClassLoader(new java.net.URL[] {URI.create("file:" + jar.toAbsolutePath()).toURL()},
                ClassLoader.getPlatformClassLoader());
        var type = Class.forName("org.frontline.classify.Classifier", true, loader);
        var shipped = type.getMethod("shipped").invoke(null);
        var signals = Class.forName("org.frontline.classify.Signals", true, loader);
        return MethodHandles.publicLookup()
                .findVirtual(type, "classify", MethodType.methodType(signals, String.class, String.class, Long.class, int.class))
                .bindTo(shipped)
                .asType(MethodType.methodType(Object.class, String.class, String.class, Long.class, int.class));
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
