package org.frontline.classify.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two trained models, loaded together: they share one feature hashing and so one feature size. */
public record Models(LinearModel intent, LinearModel rudeness) {

    public static final String INTENT = "models/intent.bin.gz";
    public static final String RUDENESS = "models/rudeness.bin.gz";

    public Models {
        if (intent.bits() != rudeness.bits()) {
            throw new IllegalArgumentException("The intent and rudeness models must hash features alike");
        }
    }

    /** The models shipped in the jar, built by {@code TrainingCommand}. */
    public static Models shipped() {
        try (var intent = Resources.open(INTENT);
                var rudeness = Resources.open(RUDENESS)) {
            return new Models(LinearModel.load(intent), LinearModel.load(rudeness));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes both models under {@code directory} at their shipped paths. */
    public void saveTo(Path directory) {
        try {
            Files.createDirectories(directory.resolve("models"));
            try (var out = Files.newOutputStream(directory.resolve(INTENT))) {
                intent.save(out);
            }
            try (var out = Files.newOutputStream(directory.resolve(RUDENESS))) {
                rudeness.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
