package org.frontline.channels.feed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import org.frontline.channels.internal.SafeText;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON Feed 1.0 and 1.1 (jsonfeed.org): items with content_html or content_text. */
final class JsonFeedReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonFeedReader() {}

    static ParsedFeed read(byte[] body) {
        final JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new FeedUnreadable("The document starts like JSON but is not valid JSON", e);
        }
        if (!root.isObject() || !text(root, "version").startsWith("https://jsonfeed.org/version/")) {
            throw new FeedUnreadable("The JSON document is not a JSON Feed (no jsonfeed.org version)");
        }
        var entries = new ArrayList<FeedEntry>();
        for (var item : root.path("items")) {
            entries.add(entry(item, text(root, "language")));
        }
        return new ParsedFeed("json", blankToNull(text(root, "title")), blankToNull(text(root, "home_page_url")),
                blankToNull(text(root, "language")), entries, null);
    }

    private static FeedEntry entry(JsonNode item, String feedLanguage) {
        var html = text(item, "content_html");
        var plain = text(item, "content_text");
        var body = !html.isBlank() ? SafeText.fromHtml(html) : !plain.isBlank() ? SafeText.normalize(plain) : SafeText.normalize(text(item, "summary"));
        var author = item.path("authors").path(0);
        if (author.isMissingNode()) {
            author = item.path("author");
        }
        var language = text(item, "language");
        return new FeedEntry(
                blankToNull(item.path("id").isNumber() ? item.path("id").asString() : text(item, "id")),
                blankToNull(SafeText.normalize(text(item, "title"))),
                blankToNull(text(item, "url")),
                blankToNull(text(author, "name")),
                blankToNull(text(author, "url")),
                date(text(item, "date_published")),
                date(text(item, "date_modified")),
                body,
                blankToNull(language.isBlank() ? feedLanguage : language));
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isString() ? value.asString() : "";
    }

    private static @Nullable Instant date(String value) {
        try {
            return value.isBlank() ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
