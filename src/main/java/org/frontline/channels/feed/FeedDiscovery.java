package org.frontline.channels.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/** Finds a site's feed from its HTML page: the first {@code <link rel="alternate">} of a feed type. */
final class FeedDiscovery {

    private static final Set<String> FEED_TYPES = Set.of(
            "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json", "application/json");

    private FeedDiscovery() {}

    static boolean isHtml(byte[] body, @Nullable String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        var start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    static Optional<URI> feedLink(byte[] html, URI page) {
        var document = Jsoup.parse(new String(html, StandardCharsets.UTF_8), page.toString());
        for (var link : document.select("link[rel][href][type]")) {
            var rels = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
            var type = link.attr("type").toLowerCase(Locale.ROOT).strip();
            if (rels.contains("alternate") && FEED_TYPES.contains(type)) {
                try {
                    return Optional.of(URI.create(link.absUrl("href")));
                } catch (IllegalArgumentException e) {
                    // A malformed href: try the next link.
                }
            }
        }
        return Optional.empty();
    }
}
