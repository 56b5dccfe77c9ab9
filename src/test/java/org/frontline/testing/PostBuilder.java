package org.frontline.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds ingest API bodies: {@code aPost().on("bluesky").saying("refund please!").json()}. */
public final class PostBuilder {

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, Object> author = new LinkedHashMap<>();

    private PostBuilder() {
        fields.put("channel", "mastodon");
        fields.put("externalId", UUID.randomUUID().toString());
        fields.put("url", "https://mastodon.example/@ana/1");
        // A different author per post by default: the same author writing again soon joins their open case.
        author.put("handle", "ana" + UUID.randomUUID().toString().substring(0, 8) + "@mastodon.example");
        author.put("displayName", "Ana");
        author.put("profileUrl", "https://mastodon.example/@ana");
        author.put("followers", 120);
        fields.put("author", author);
        fields.put("text", "hello");
        fields.put("createdAt", Instant.parse("2026-11-23T10:00:00Z").toString());
    }

    public static PostBuilder aPost() {
        return new PostBuilder();
    }

    public PostBuilder on(String channel) {
        fields.put("channel", channel);
        return this;
    }

    public PostBuilder withExternalId(String externalId) {
        fields.put("externalId", externalId);
        return this;
    }

    public PostBuilder saying(String text) {
        fields.put("text", text);
        return this;
    }

    public PostBuilder from(String handle) {
        author.put("handle", handle);
        return this;
    }

    public PostBuilder inReplyTo(String externalId) {
        fields.put("inReplyTo", externalId);
        return this;
    }

    public PostBuilder by(String displayName) {
        author.put("displayName", displayName);
        return this;
    }

    public PostBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public PostBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public String externalId() {
        return (String) fields.get("externalId");
    }

    public Map<String, Object> fields() {
        return fields;
    }

    public String json() {
        return Api.json(fields);
    }
}
