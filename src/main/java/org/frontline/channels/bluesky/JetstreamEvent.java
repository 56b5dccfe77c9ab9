package org.frontline.channels.bluesky;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Jetstream event of the {@code app.bsky.feed.post} collection: a post created, updated or deleted.
 * Other events (identity, account, other collections) only move the cursor.
 */
record JetstreamEvent(String did, long timeUs, String operation, String rkey, @Nullable String cid, JsonNode record) {

    static final String POST = "app.bsky.feed.post";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_TEXT = 10_000;

    /** The event's time in unix microseconds, or -1 when the line is not a Jetstream event. */
    static long timeOf(String line) {
        try {
            return JSON.readTree(line).path("time_us").asLong(-1);
        } catch (JacksonException e) {
            return -1;
        }
    }

    /** The post event this line carries, or null for anything else. */
    static @Nullable JetstreamEvent parse(String line) {
        final JsonNode event;
        try {
            event = JSON.readTree(line);
        } catch (JacksonException e) {
            return null;
        }
        var commit = event.path("commit");
        if (!event.path("kind").asString("").equals("commit") || !commit.path("collection").asString("").equals(POST)) {
            return null;
        }
        var did = event.path("did").asString("");
        var rkey = commit.path("rkey").asString("");
        if (!did.startsWith("did:") || rkey.isEmpty()) {
            return null;
        }
        return new JetstreamEvent(did, event.path("time_us").asLong(0), commit.path("operation").asString(""), rkey,
                commit.path("cid").isString() ? commit.path("cid").asString() : null, commit.path("record"));
    }

    String uri() {
        return "at://" + did + "/" + POST + "/" + rkey;
    }

    boolean deletion() {
        return operation.equals("delete");
    }

    String text() {
        var text = record.path("text").asString("");
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    List<Facets.Facet> facets() {
        return Facets.of(record.path("text").asString(""), record.path("facets"));
    }

    @Nullable String parentUri() {
        var uri = record.path("reply").path("parent").path("uri");
        return uri.isString() ? uri.asString() : null;
    }

    /** The thread's root: the reply's root, or this post when it starts a thread. */
    String rootUri() {
        var uri = record.path("reply").path("root").path("uri");
        return uri.isString() ? uri.asString() : uri();
    }

    String rootCid() {
        var cid = record.path("reply").path("root").path("cid");
        return cid.isString() ? cid.asString() : this.cid == null ? "" : this.cid;
    }

    /** The DID an identity event is about (its handle may have changed), or null for any other line. */
    static @Nullable String identityOf(String line) {
        if (!line.contains("\"identity\"")) {
            return null;
        }
        try {
            var event = JSON.readTree(line);
            return event.path("kind").asString("").equals("identity") && event.path("did").isString() ? event.path("did").asString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** @param author shown by handle when it resolved; the post's identity and link keep the DID */
    NewPost post(PostAuthor author) {
        var url = "https://bsky.app/profile/" + did + "/post/" + rkey;
        var langs = record.path("langs");
        var lang = langs.isArray() && !langs.isEmpty() ? langs.get(0).asString("") : "";
        return new NewPost(Channel.BLUESKY, uri(), url, author, text(),
                lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") ? lang : null, createdAt(), parentUri(), raw());
    }

    /** The record's own date unless it claims to be from after the event (clocks lie): then the event time. */
    private Instant createdAt() {
        var received = Instant.ofEpochSecond(timeUs / 1_000_000, (timeUs % 1_000_000) * 1000);
        try {
            var claimed = OffsetDateTime.parse(record.path("createdAt").asString("")).toInstant();
            return claimed.isAfter(received) ? received : claimed;
        } catch (DateTimeParseException e) {
            return received;
        }
    }

    private String raw() {
        var raw = new LinkedHashMap<String, Object>();
        raw.put("did", did);
        raw.put("time_us", timeUs);
        raw.put("cid", cid == null ? "" : cid);
        raw.put("record", record);
        raw.put("facets", facets().stream().map(f -> new LinkedHashMap<>(java.util.Map.of(
                "kind", f.kind().name().toLowerCase(Locale.ROOT), "text", f.text(), "value", f.value()))).toList());
        return JSON.writeValueAsString(raw);
    }
}
