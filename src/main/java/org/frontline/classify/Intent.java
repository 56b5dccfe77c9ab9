package org.frontline.classify;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the author of a mention wants. {@code NEED}: someone asking for a product or a recommendation. */
public enum Intent {
    COMPLAINT,
    QUESTION,
    PRAISE,
    IDEA,
    NEED,
    SPAM,
    OTHER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Intent> fromWireName(String value) {
        return Arrays.stream(values()).filter(i -> i.wireName().equals(value)).findFirst();
    }
}
