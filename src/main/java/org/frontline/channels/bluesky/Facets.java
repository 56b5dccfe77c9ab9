package org.frontline.channels.bluesky;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Rich-text facets of a post: mentions, links and hashtags, each over a range of the text given in UTF-8
 * byte offsets (not UTF-16 chars: "ジャ" is 6 bytes, "💦" is 4). A facet whose range does not fall inside the
 * text is dropped, never trusted.
 */
final class Facets {

    enum Kind {
        MENTION,
        LINK,
        TAG
    }

    /** {@code text}: the covered part of the post; {@code value}: the DID, URI or tag the facet names. */
    record Facet(Kind kind, String text, String value) {}

    private Facets() {}

    static List<Facet> of(String text, JsonNode facets) {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        var result = new ArrayList<Facet>();
        for (var facet : facets) {
            var start = facet.path("index").path("byteStart").asInt(-1);
            var end = facet.path("index").path("byteEnd").asInt(-1);
            if (start < 0 || end > bytes.length || start >= end) {
                continue;
            }
            var covered = new String(Arrays.copyOfRange(bytes, start, end), StandardCharsets.UTF_8);
            for (var feature : facet.path("features")) {
                var type = feature.path("$type").asString("");
                switch (type) {
                    case "app.bsky.richtext.facet#mention" -> result.add(new Facet(Kind.MENTION, covered, feature.path("did").asString("")));
                    case "app.bsky.richtext.facet#link" -> result.add(new Facet(Kind.LINK, covered, feature.path("uri").asString("")));
                    case "app.bsky.richtext.facet#tag" -> result.add(new Facet(Kind.TAG, covered, feature.path("tag").asString("")));
                    default -> {
                        // unknown feature types are ignored: the text still carries what they cover
                    }
                }
            }
        }
        return result;
    }
}
