package org.frontline.channels.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.frontline.web.FieldProblem;
import org.frontline.web.InvalidRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps a delivery's JSON (one object, or an array of them) to posts through the source's pointers. Every
 * element is checked before any is accepted; problems name the element and the pointer.
 */
final class WebhookPayload {

    static final int MAX_POSTS = 1_000;
    private static final int MAX_TEXT = 40_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebhookPayload() {}

    static List<NewPost> posts(WebhookSource source, byte[] body, Instant receivedAt) {
        final JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidRequest(List.of(new FieldProblem("", "must be a JSON object or an array of objects")));
        }
        var elements = root.isArray() ? root.values() : List.of(root);
        var size = root.isArray() ? root.size() : 1;
        if (size == 0 || size > MAX_POSTS) {
            throw new InvalidRequest(List.of(new FieldProblem("", "must hold 1 to " + MAX_POSTS + " objects")));
        }
        var posts = new ArrayList<NewPost>(size);
        var problems = new ArrayList<FieldProblem>();
        var index = 0;
        for (var element : elements) {
            var prefix = root.isArray() ? "[" + index + "]" : "";
            var post = post(source, element, prefix, receivedAt, problems);
            if (post != null) posts.add(post);
            index++;
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return posts;
    }

    private static @Nullable NewPost post(WebhookSource source, JsonNode element, String prefix, Instant receivedAt,
            List<FieldProblem> problems) {
        var m = source.mapping();
        var before = problems.size();
        if (!element.isObject()) {
            problems.add(new FieldProblem(prefix, "must be a JSON object"));
            return null;
        }
        var text = scalar(element, m.text());
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(prefix + m.text(), "must point to non-empty text"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(new FieldProblem(prefix + m.text(), "must be at most " + MAX_TEXT + " characters"));
        }
        var url = m.url() == null ? null : scalar(element, m.url());
        if (url != null && !url.toLowerCase(Locale.ROOT).matches("https?://\\S{1,2040}")) {
            problems.add(new FieldProblem(prefix + m.url(), "must be an http or https URL"));
        }
        var createdAt = m.time() == null ? receivedAt : time(element.at(m.time()), receivedAt);
        if (createdAt == null) {
            problems.add(new FieldProblem(prefix + m.time(), "must be an ISO-8601 time with offset or Unix seconds"));
        }
        if (problems.size() > before) {
            return null;
        }
        var id = m.id() == null ? null : scalar(element, m.id());
        var externalId = source.name() + ":" + (id == null || id.isBlank() ? "sha256:" + sha256(element.toString()) : id);
        var author = m.author() == null ? null : scalar(element, m.author());
        var handle = author == null || author.isBlank() ? source.name() : author.length() > 320 ? author.substring(0, 320) : author;
        return new NewPost(Channel.WEBHOOK, externalId.length() > 512 ? source.name() + ":sha256:" + sha256(externalId) : externalId, url,
                new PostAuthor(handle, null, null, null), text, null, createdAt, null, element.toString());
    }

    private static @Nullable String scalar(JsonNode element, String pointer) {
        var node = element.at(pointer);
        return node.isString() || node.isNumber() || node.isBoolean() ? node.asString() : null;
    }

    private static @Nullable Instant time(JsonNode node, Instant receivedAt) {
        if (node.isMissingNode() || node.isNull()) {
            return receivedAt;
        }
        if (node.isIntegralNumber()) {
            return Instant.ofEpochSecond(node.asLong());
        }
        try {
            return node.isString() ? OffsetDateTime.parse(node.asString()).toInstant() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
