package org.frontline.ideas.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Moderator tags: lower-case words, at most 10 of 30 characters, stored comma-separated. */
public final class Tags {

    static final int MAX_TAGS = 10;
    static final int MAX_LENGTH = 30;

    private Tags() {}

    public static List<String> parse(String text) {
        return Arrays.stream(text.split("[,\\n]"))
                .map(t -> t.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replaceAll("\\s+", "-"))
                .filter(t -> !t.isEmpty())
                .map(t -> t.length() > MAX_LENGTH ? t.substring(0, MAX_LENGTH) : t)
                .distinct()
                .limit(MAX_TAGS)
                .toList();
    }

    static String join(List<String> tags) {
        return String.join(",", tags);
    }
}
