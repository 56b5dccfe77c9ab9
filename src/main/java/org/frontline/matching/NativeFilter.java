package org.frontline.matching;

import java.util.List;

/**
 * What a network can be asked for so that it sends the posts of one tracking query, with the reasons it is wider than
 * the query. It is only ever a prefilter: Frontline's matcher still decides which posts match.
 *
 * @param filters what to send the network: X rules (several only when one would be too long), Mastodon hashtags
 *     (one stream each), one Reddit search {@code q}, or keywords (one search each); empty unless the fit is
 *     {@link Fit#EXACT} or {@link Fit#BROADER}
 * @param notes why the filter is wider than the query, or why there is none; in the order met, never null
 */
public record NativeFilter(Target target, Fit fit, List<String> filters, List<String> notes) {

    public NativeFilter {
        filters = List.copyOf(filters);
        notes = List.copyOf(notes);
    }

    public enum Target {
        X_RULE("X filtered-stream rule"),
        MASTODON_HASHTAGS("Mastodon hashtag streams"),
        REDDIT_SEARCH("Reddit search q"),
        KEYWORDS("Keyword searches (Reddit, Hacker News, Bluesky)");

        private final String label;

        Target(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Fit {
        /** The network selects the same posts the query describes (up to its own word splitting). */
        EXACT,
        /** The network sends more; Frontline's matcher drops the rest. */
        BROADER,
        /** The network cannot narrow this query: it only sees posts that arrive for other reasons (mentions, other queries). */
        NONE,
        /** The query can never match a post of that network ({@code channel:} names another). */
        NEVER
    }

    /** Whether there is something to send the network. */
    public boolean usable() {
        return fit == Fit.EXACT || fit == Fit.BROADER;
    }
}
