package org.frontline.classify.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.frontline.classify.internal.TrainingData.Labelled;

/**
 * Folds agents' corrections into the models and shows the figures before and after:
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=org.frontline.classify.internal.RetrainingCommand
 * -Dexec.args="intent=corrections-intent.csv rudeness=corrections-rudeness.csv evaluate=held-out.csv out=target/retrained"}.
 * Corrections are {@code text,label} CSVs, as the case pages export them; {@code evaluate} sets are measured
 * before and after; the retrained models are written under {@code out} (default {@code target/retrained}).
 */
public final class RetrainingCommand {

    private RetrainingCommand() {}

    public static void main(String[] args) {
        // A command line tool: its output is what the user asked for, so it goes to standard out.
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        var intent = new ArrayList<Labelled>();
        var rudeness = new ArrayList<Labelled>();
        var evaluate = new ArrayList<Path>();
        var target = Path.of("target/retrained");
        for (var arg : args) {
            var eq = arg.indexOf('=');
            var value = arg.substring(eq + 1);
            switch (arg.substring(0, Math.max(eq, 0))) {
                case "intent" -> intent.addAll(read(Path.of(value)));
                case "rudeness" -> rudeness.addAll(read(Path.of(value)));
                case "evaluate" -> evaluate.add(Path.of(value));
                case "out" -> target = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown argument " + arg + " (intent=, rudeness=, evaluate=, out=)");
            }
        }
        var before = new Evaluation(Pipeline.with(Models.shipped()));
        var models = Training.shipped().train(intent, rudeness, (stage, done, total) -> {
            if (done == total) {
                out.printf(Locale.ROOT, "%s: %d epochs done%n", stage, total);
            }
        });
        models.saveTo(target);
        var after = new Evaluation(Pipeline.with(models));
        out.printf(Locale.ROOT, "Retrained with %d intent and %d rudeness corrections; models in %s%n%n", intent.size(),
                rudeness.size(), target.resolve("models"));
        compare(out, "Corrections, intent (the training fit)", before.intentConfusion(intent), after.intentConfusion(intent));
        compare(out, "Corrections, rudeness (the training fit)", before.rudenessConfusion(rudeness), after.rudenessConfusion(rudeness));
        var own = TrainingData.ownPosts().stream().filter(p -> TrainingData.heldOut(p.text()))
                .map(p -> new Labelled(p.text(), p.intent())).toList();
        compare(out, "Own posts, held-out fifth, intent", before.intentConfusion(own), after.intentConfusion(own));
        var tweets = TrainingData.davidson().stream().filter(p -> TrainingData.heldOut(p.text())).toList();
        compare(out, "Davidson et al., held-out fifth, rudeness", before.rudenessConfusion(tweets), after.rudenessConfusion(tweets));
        for (var file : evaluate) {
            var posts = read(file);
            var rudenessSet = posts.stream().allMatch(p -> Training.RUDENESS_LABELS.contains(p.label()));
            compare(out, file.getFileName().toString(),
                    rudenessSet ? before.rudenessConfusion(posts) : before.intentConfusion(posts),
                    rudenessSet ? after.rudenessConfusion(posts) : after.intentConfusion(posts));
        }
    }

    private static void compare(PrintStream out, String title, Confusion before, Confusion after) {
        if (before.total() == 0) {
            return;
        }
        out.printf(Locale.ROOT, "| %s | n = %d | macro-F1 %.3f → %.3f | accuracy %.3f → %.3f |%n", title, before.total(),
                before.macroF1(), after.macroF1(), before.accuracy(), after.accuracy());
    }

    private static List<Labelled> read(Path file) {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return TrainingData.textLabelCsv(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
