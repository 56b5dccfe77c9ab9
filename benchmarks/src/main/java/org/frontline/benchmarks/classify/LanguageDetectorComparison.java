package org.frontline.benchmarks.classify;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.frontline.classify.internal.LanguageDetection;
import org.frontline.classify.internal.TrainingData;
import org.frontline.classify.internal.TrainingData.Labelled;

/**
 * Accuracy and retained heap of the language detector candidates on short posts:
 * {@code java -cp benchmarks/target/benchmarks.jar org.frontline.benchmarks.classify.LanguageDetectorComparison}.
 * Speed is measured by {@link ClassifierBenchmark}.
 */
public final class LanguageDetectorComparison {

    private LanguageDetectorComparison() {}

    public static void main(String[] args) {
        var shortPosts = TrainingData.languagePosts();
        var demo = DemoPosts.load().posts().stream().filter(p -> p.lang() != null).map(p -> new Labelled(p.text(), p.lang())).toList();
        measure("OpenNLP langdetect-183 (103 languages)", LanguageDetection::shipped, d -> t -> d.detect(t, null).code(), shortPosts, demo);
        measure("Lingua 1.2.2, all 75 languages, low accuracy mode",
                () -> LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().withPreloadedLanguageModels().build(),
                d -> t -> code(d.detectLanguageOf(t)), shortPosts, demo);
        measure("Lingua 1.2.2, all 75 languages, high accuracy mode",
                () -> LanguageDetectorBuilder.fromAllLanguages().withPreloadedLanguageModels().build(),
                d -> t -> code(d.detectLanguageOf(t)), shortPosts, demo);
    }

    private static <D> void measure(String name, Supplier<D> build, Function<D, Function<String, String>> detector,
            List<Labelled> shortPosts, List<Labelled> demo) {
        var before = usedHeap();
        var start = System.nanoTime();
        var built = build.get();
        var loadSeconds = (System.nanoTime() - start) / 1e9;
        var retained = usedHeap() - before;
        var detect = detector.apply(built);
        System.out.printf(Locale.ROOT, "%s: short posts %.3f, demo stream %.3f, retained heap %d MB, load %.1f s%n",
                name, accuracy(detect, shortPosts), accuracy(detect, demo), retained / (1024 * 1024), loadSeconds);
        // Keep the detector reachable until measured, then let it go before the next candidate.
        if (built.hashCode() == 42) {
            System.out.print("");
        }
    }

    private static double accuracy(Function<String, String> detect, List<Labelled> posts) {
        return posts.stream().filter(p -> detect.apply(p.text()).equals(p.label())).count() / (double) posts.size();
    }

    private static String code(Language language) {
        if (language == Language.UNKNOWN) {
            return "und";
        }
        var code = language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        // Lingua names Norwegian Bokmål "nb"; the test posts use the macrolanguage "no".
        return "nb".equals(code) ? "no" : code;
    }

    private static long usedHeap() {
        for (var i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
