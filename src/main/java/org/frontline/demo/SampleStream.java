package org.frontline.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** The bundled sample stream: posts written for the demo, each with its offset from the start of the replay. */
final class SampleStream {

    static final String RESOURCE = "demo/sample-stream.jsonl";

    record SamplePost(long offsetSeconds, NewPost post) {}

    record Line(
            long offsetSeconds,
            String channel,
            String externalId,
            @Nullable String url,
            Author author,
            String text,
            @Nullable String lang,
            @Nullable String inReplyTo) {}

    record Author(String handle, @Nullable String displayName, @Nullable String profileUrl, @Nullable Long followers) {}

    private SampleStream() {}

    /** Reads the stream; {@code start} is when the replay began, so post times look live. */
    static List<SamplePost> read(JsonMapper json, Instant start) {
        var posts = new ArrayList<SamplePost>();
        try (var reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            for (var raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                if (!raw.isBlank()) {
                    posts.add(toSample(json.readValue(raw, Line.class), raw, start));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The bundled sample stream cannot be read", e);
        }
        return posts;
    }

    private static SamplePost toSample(Line line, String raw, Instant start) {
        var author = line.author();
        var post = new NewPost(
                Channel.fromWireName(line.channel()).orElseThrow(() -> new IllegalStateException("Unknown channel " + line.channel())),
                line.externalId(),
                line.url(),
                new PostAuthor(author.handle(), author.displayName(), author.profileUrl(), author.followers()),
                line.text(),
                line.lang(),
                start.plusSeconds(line.offsetSeconds()),
                line.inReplyTo(),
                raw);
        return new SamplePost(line.offsetSeconds(), post);
    }
}
