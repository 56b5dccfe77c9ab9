package org.frontline.channels.importer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an import record into a post, or says why it cannot be one. Columns: {@code text} (required),
 * {@code id}, {@code author} (or {@code handle}), {@code display_name}, {@code url}, {@code created_at}
 * (ISO-8601, a date, or Unix seconds; the import time when absent), {@code lang}, {@code in_reply_to}.
 */
final class RecordPosts {

    /** A post, or the reason the record is not one. Exactly one is set. */
    record Result(@Nullable NewPost post, @Nullable String error) {}

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecordPosts() {}

    static Result map(ImportRecord record, String source, Instant importedAt) {
        if (record.unreadable() != null) {
            return error(record.unreadable());
        }
        var f = record.fields();
        var text = first(f, "text", "body", "message", "content");
        if (text == null || text.isBlank()) return error("has no text (column 'text')");
        if (text.length() > 40_000) return error("has a text longer than 40000 characters");
        var id = first(f, "id", "external_id", "externalid");
        if (id != null && id.length() > 400) return error("has an id longer than 400 characters");
        var handle = first(f, "author", "handle", "author.handle", "author_handle");
        if (handle != null && handle.length() > 320) return error("has an author longer than 320 characters");
        var url = first(f, "url", "link");
        if (url != null && !url.toLowerCase(Locale.ROOT).matches("https?://\\S{1,2040}")) return error("has a url that is not http(s)");
        var lang = first(f, "lang", "language");
        if (lang != null && (!LANGUAGE.matcher(lang).matches() || lang.length() > 16)) return error("has a language that is not a tag such as en");
        var time = first(f, "created_at", "createdat", "date", "time", "timestamp");
        var createdAt = time == null ? importedAt : time(time);
        if (createdAt == null) return error("has a created_at that is not an ISO-8601 time, a date or Unix seconds");
        var display = first(f, "display_name", "displayname", "author.displayname", "author_name", "name");
        // An id makes a re-import of the same data idempotent across files; without one, the file and line do.
        var externalId = id != null ? id : source + ":line-" + record.line();
        var raw = f.containsKey("$raw") ? f.get("$raw") : JSON.writeValueAsString(f);
        var inReplyTo = first(f, "in_reply_to", "inreplyto");
        return new Result(new NewPost(Channel.IMPORT, externalId, url,
                new PostAuthor(handle == null ? source : handle, display, null, null), text, lang, createdAt,
                inReplyTo == null || inReplyTo.length() > 512 ? null : inReplyTo, raw), null);
    }

    private static Result error(String reason) {
        return new Result(null, reason);
    }

    private static @Nullable String first(Map<String, String> fields, String... names) {
        for (var name : names) {
            var value = fields.get(name);
            if (value != null && !value.isBlank()) return value.strip();
        }
        return null;
    }

    private static @Nullable Instant time(String value) {
        try {
            if (value.matches("\\d{9,11}")) return Instant.ofEpochSecond(Long.parseLong(value));
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
