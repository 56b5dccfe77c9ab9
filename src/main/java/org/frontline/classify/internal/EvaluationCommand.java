package org.frontline.classify.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.frontline.classify.internal.DemoStreamLabels.DemoPost;
import org.frontline.classify.internal.TrainingData.Labelled;

/**
 * Prints the evaluation as Markdown:
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=org.frontline.classify.internal.EvaluationCommand
 * [-Dexec.args="extra.csv ..."]}. Every held-out split of the shipped data is measured; each extra
 * {@code text,label} CSV is measured as intent, rudeness ("rude"/"polite") or sentiment
 * ("negative"/"neutral"/"positive") depending on its labels.
 */
public final class EvaluationCommand {

    private EvaluationCommand() {}

    public static void main(String[] args) {
        // A command line tool: its output is what the user asked for, so it goes to standard out.
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        var evaluation = new Evaluation(Pipeline.with(Models.shipped()));
        var own = TrainingData.ownPosts();
        var demo = DemoStreamLabels.load();
        out.println("## Language\n");
        out.println(evaluation.language("short posts in 37 languages (data/language-short-posts.tsv)", TrainingData.languagePosts()));
        out.println(evaluation.language("demo stream, against the declared language", demo.stream()
                .filter(p -> !p.lang().isBlank()).map(p -> new Labelled(p.text(), p.lang())).toList()));
        out.println("## Sentiment\n");
        out.println(evaluation.sentiment("own posts (all; the lexicon is not trained on them)",
                own.stream().map(p -> new Labelled(p.text(), polarity(p.polarity()))).toList()));
        out.println(evaluation.sentiment("demo stream, English posts", demo.stream().filter(p -> "en".equals(p.lang()))
                .map(p -> new Labelled(p.text(), polarity(p.polarity()))).toList()));
        out.println("## Intent\n");
        out.println(evaluation.intent("own posts, held-out fifth", own.stream().filter(p -> TrainingData.heldOut(p.text()))
                .map(p -> new Labelled(p.text(), p.intent())).toList()));
        out.println(evaluation.intent("BANKING77 test split, complaint and question categories",
                TrainingData.banking77("test", Integer.MAX_VALUE)));
        out.println(evaluation.intent("demo stream, English posts", intents(demo, true)));
        out.println(evaluation.intent("demo stream, all languages", intents(demo, false)));
        out.println("## Rudeness\n");
        out.println(evaluation.rudeness("Davidson et al. tweets, held-out fifth",
                TrainingData.davidson().stream().filter(p -> TrainingData.heldOut(p.text())).toList()));
        out.println(evaluation.rudeness("own posts, held-out fifth", own.stream().filter(p -> TrainingData.heldOut(p.text()))
                .map(p -> new Labelled(p.text(), p.rude() ? "rude" : "polite")).toList()));
        out.println(evaluation.rudeness("demo stream, all languages", demo.stream()
                .map(p -> new Labelled(p.text(), p.rude() ? "rude" : "polite")).toList()));
        for (var file : args) {
            out.println(extra(evaluation, Path.of(file)));
        }
    }

    static String extra(Evaluation evaluation, Path file) {
        List<Labelled> posts;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            posts = TrainingData.textLabelCsv(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var labels = new HashSet<String>();
        posts.forEach(p -> labels.add(p.label()));
        var title = file.getFileName().toString();
        if (Training.RUDENESS_LABELS.containsAll(labels)) {
            return evaluation.rudeness(title, posts);
        }
        if (List.of("negative", "neutral", "positive").containsAll(labels)) {
            return evaluation.sentiment(title, posts);
        }
        return evaluation.intent(title, posts);
    }

    private static List<Labelled> intents(List<DemoPost> demo, boolean englishOnly) {
        return demo.stream().filter(p -> !englishOnly || "en".equals(p.lang())).map(p -> new Labelled(p.text(), p.intent())).toList();
    }

    private static String polarity(int value) {
        return value < 0 ? "negative" : value > 0 ? "positive" : "neutral";
    }
}
