package org.frontline.classify.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Rebuilds the shipped models from the data in the repository:
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=org.frontline.classify.internal.TrainingCommand}.
 * Writes {@code models/intent.bin.gz} and {@code models/rudeness.bin.gz} under the directory given as the
 * first argument (default {@code src/main/resources/classify}). Same data, same seed: same bytes.
 */
public final class TrainingCommand {

    private TrainingCommand() {}

    public static void main(String[] args) {
        // A command line tool: its output is what the user asked for, so it goes to standard out.
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        var target = Path.of(args.length > 0 ? args[0] : "src/main/resources/classify");
        var started = System.nanoTime();
        var models = Training.shipped().train(List.of(), List.of(), (stage, done, total) -> {
            if (done == total) {
                out.printf("%s: %d epochs done%n", stage, total);
            }
        });
        models.saveTo(target);
        out.printf("Models written to %s in %.1f s%n", target.resolve("models"), (System.nanoTime() - started) / 1e9);
    }
}
