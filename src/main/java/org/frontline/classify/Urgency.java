package org.frontline.classify;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How soon a mention needs an answer, from outage, safety, legal and churn words, repeats and reach. */
public enum Urgency {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Urgency> fromWireName(String value) {
        return Arrays.stream(values()).filter(u -> u.wireName().equals(value)).findFirst();
    }
}
