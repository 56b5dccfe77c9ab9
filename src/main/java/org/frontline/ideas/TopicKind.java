package org.frontline.ideas;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a customer brings to the portal. */
public enum TopicKind {
    IDEA,
    PROBLEM,
    QUESTION,
    PRAISE;

    /** The lower-case name used in URLs, forms and the API. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TopicKind> fromWireName(String value) {
        return Arrays.stream(values()).filter(k -> k.wireName().equals(value)).findFirst();
    }
}
