package org.frontline.channels.feed;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads RSS 0.9x/1.0/2.0, RDF, Atom 0.3/1.0 and JSON Feed 1.x from bytes, whatever their encoding. Never
 * expands a DTD or fetches anything; a document that is not well-formed is read best-effort and flagged.
 */
final class FeedParser {

    private FeedParser() {}

    /**
     * @param contentType the HTTP Content-Type, which may name the charset; null when unknown
     * @throws FeedUnreadable when nothing usable can be read, with the reason
     */
    static ParsedFeed parse(byte[] body, @Nullable String contentType) {
        if (looksLikeJson(body)) {
            return JsonFeedReader.read(body);
        }
        return XmlFeedReader.read(body, contentType);
    }

    private static boolean looksLikeJson(byte[] body) {
        var start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).stripLeading();
        if (!start.isEmpty() && start.charAt(0) == '\uFEFF') {
            start = start.substring(1).stripLeading();
        }
        return start.startsWith("{");
    }
}
