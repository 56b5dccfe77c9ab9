package org.frontline.classify.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the module's shipped files from the classpath under {@code classify/}. */
public final class Resources {

    private Resources() {}

    public static InputStream open(String path) {
        var stream = Resources.class.getClassLoader().getResourceAsStream("classify/" + path);
        if (stream == null) {
            throw new IllegalStateException("Missing classify resource " + path);
        }
        return stream;
    }

    /** The file's lines, without blank lines and "#" comments. */
    public static List<String> lines(String path) {
        try (var reader = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
