package org.frontline.classify.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled demo stream's posts (real-looking, multilingual, written for the demo, never trained on) joined
 * with labels written for them by hand. Posts without a label, or labels whose post is gone, are skipped.
 */
public final class DemoStreamLabels {

    /** A demo post with its declared language and hand labels. */
    public record DemoPost(String text, String lang, String intent, int polarity, boolean rude) {}

    private static final String STREAM = "demo/sample-stream.jsonl";

    private DemoStreamLabels() {}

    public static List<DemoPost> load() {
        var labels = new HashMap<String, String[]>();
        for (var line : Resources.lines("data/demo-stream-labels.tsv")) {
            var cols = line.split("\t");
            labels.put(cols[0] + "\t" + cols[1], cols);
        }
        var stream = DemoStreamLabels.class.getClassLoader().getResourceAsStream(STREAM);
        if (stream == null) {
            return List.of();
        }
        var json = JsonMapper.builder().build();
        var posts = new ArrayList<DemoPost>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                var node = json.readTree(line);
                var label = labels.get(node.get("channel").asString() + "\t" + node.get("externalId").asString());
                if (label != null) {
                    var lang = node.hasNonNull("lang") ? node.get("lang").asString() : "";
                    posts.add(new DemoPost(node.get("text").asString(), lang, label[2], Integer.parseInt(label[3]), "1".equals(label[4])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return posts;
    }
}
