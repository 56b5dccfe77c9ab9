package org.frontline.ideas.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orders of the portal's lists. Trending is computed from vote times, the others by the database. */
public enum TopicSort {
    TOP,
    TRENDING,
    NEW;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TopicSort> fromWireName(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst();
    }
}
