package org.frontline.matching.query;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What fields ({@code author:}, {@code channel:}, {@code lang:}, {@code url:}, {@code site:}, {@code followers:})
 * are matched against: a post's metadata besides its text. Any part may be unknown (null); a field on an unknown part
 * does not match.
 */
public record PostFacts(
        @Nullable String channel,
        @Nullable String authorHandle,
        @Nullable String lang,
        @Nullable String url,
        @Nullable Long followers) {

    /** Nothing known: only the text can match. */
    public static final PostFacts NONE = new PostFacts(null, null, null, null, null);

    public PostFacts {
        channel = lowerCase(channel);
        authorHandle = authorHandle == null ? null : TextFolding.fold(stripAt(authorHandle.strip()));
        lang = lowerCase(lang);
    }

    private static @Nullable String lowerCase(@Nullable String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String stripAt(String handle) {
        return handle.startsWith("@") ? handle.substring(1) : handle;
    }
}
