package org.frontline.benchmarks.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The bundled demo stream's posts (multilingual, real lengths), the workload of the classification benchmarks. */
record DemoPosts(List<Post> posts) {

    record Post(String text, String lang, Long followers) {}

    static DemoPosts load() {
        var stream = DemoPosts.class.getClassLoader().getResourceAsStream("demo/sample-stream.jsonl");
        if (stream == null) {
            throw new IllegalStateException("demo/sample-stream.jsonl is not on the classpath");
        }
        var json = JsonMapper.builder().build();
        var posts = new ArrayList<Post>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    var node = json.readTree(line);
                    var followers = node.get("author").get("followers");
                    posts.add(new Post(node.get("text").asString(), node.hasNonNull("lang") ? node.get("lang").asString() : null,
                            followers == null || followers.isNull() ? null : followers.asLong()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoPosts(List.copyOf(posts));
    }
}
