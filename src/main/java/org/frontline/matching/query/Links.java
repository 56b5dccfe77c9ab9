package org.frontline.matching.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The web addresses a post is about: its own address and the {@code http(s)://} links written in its text. */
final class Links {

    /** Bounds the work a text full of links can cause. */
    private static final int MAX_LINKS = 32;

    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}'\"";

    private Links() {}

    /** Lower-cased addresses, the post's own first; never null. */
    static List<String> of(@Nullable String postUrl, String text) {
        List<String> links = new ArrayList<>();
        if (postUrl != null && !postUrl.isBlank()) {
            links.add(postUrl.strip().toLowerCase(Locale.ROOT));
        }
        int from = 0;
        while (links.size() < MAX_LINKS) {
            int scheme = text.indexOf("://", from);
            if (scheme < 0) {
                break;
            }
            int start = schemeStart(text, scheme);
            int end = scheme + 3;
            while (end < text.length() && !endsLink(text.charAt(end))) {
                end++;
            }
            while (end > scheme + 3 && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (start >= 0 && end > scheme + 3) {
                links.add(text.substring(start, end).toLowerCase(Locale.ROOT));
            }
            from = end;
        }
        return links;
    }

    /** The host of a lower-cased address without {@code www.}, or an empty string. */
    static String host(String link) {
        int scheme = link.indexOf("://");
        int start = scheme < 0 ? 0 : scheme + 3;
        int end = start;
        while (end < link.length() && "/?#".indexOf(link.charAt(end)) < 0) {
            end++;
        }
        String authority = link.substring(start, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int port = host.indexOf(':');
        host = port < 0 ? host : host.substring(0, port);
        return withoutWww(host);
    }

    static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static int schemeStart(String text, int colon) {
        if (colon >= 5 && text.regionMatches(true, colon - 5, "https", 0, 5)) {
            return colon - 5;
        }
        if (colon >= 4 && text.regionMatches(true, colon - 4, "http", 0, 4)) {
            return colon - 4;
        }
        return -1;
    }

    private static boolean endsLink(char c) {
        return Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '\'';
    }
}
