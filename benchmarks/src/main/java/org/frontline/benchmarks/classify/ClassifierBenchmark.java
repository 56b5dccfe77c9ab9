package org.frontline.benchmarks.classify;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.concurrent.TimeUnit;
import org.frontline.classify.Classifier;
import org.frontline.classify.Signals;
import org.frontline.classify.internal.LanguageDetection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Posts classified per second on one thread: the whole stack (language, sentiment, intent, rudeness, urgency,
 * reach, with reasons) and the language detectors alone. Each operation is one post of the demo stream, in
 * turn. The goal: at least 20,000 posts per second per core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClassifierBenchmark {

    @State(Scope.Benchmark)
    public static class Stack {
        Classifier classifier;
        LanguageDetection opennlp;
        DemoPosts.Post[] posts;

        @Setup(Level.Trial)
        public void load() {
            classifier = Classifier.shipped();
            opennlp = LanguageDetection.shipped();
            posts = DemoPosts.load().posts().toArray(DemoPosts.Post[]::new);
        }
    }

    @State(Scope.Benchmark)
    public static class Lingua {
        LanguageDetector lowAccuracy;

        @Setup(Level.Trial)
        public void load() {
            lowAccuracy = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        DemoPosts.Post take(DemoPosts.Post[] posts) {
            var post = posts[next];
            next = (next + 1) % posts.length;
            return post;
        }
    }

    @Benchmark
    public Signals wholeStack(Stack stack, Cursor cursor) {
        var post = cursor.take(stack.posts);
        return stack.classifier.classify(post.text(), post.lang(), post.followers(), 0);
    }

    @Benchmark
    public Object languageOpenNlp(Stack stack, Cursor cursor) {
        return stack.opennlp.detect(cursor.take(stack.posts).text(), null);
    }

    @Benchmark
    public Object languageLinguaLowAccuracy(Stack stack, Lingua lingua, Cursor cursor) {
        return lingua.lowAccuracy.detectLanguageOf(cursor.take(stack.posts).text());
    }
}
