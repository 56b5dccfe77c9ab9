package org.frontline.routing;

import java.util.Locale;

/** How soon a case must be answered; SLA policies set targets per priority. Ordered from most urgent. */
public enum Priority {
    URGENT,
    HIGH,
    NORMAL,
    LOW;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The more urgent of the two: rules and signals may raise a priority, never lower it by accident. */
    public Priority atLeast(Priority other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public static Priority parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
