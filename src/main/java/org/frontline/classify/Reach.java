package org.frontline.classify;

import java.util.Locale;

/** How many people may see what the author says, from the followers the channel reports. */
public enum Reach {
    UNKNOWN,
    SMALL,
    MEDIUM,
    LARGE,
    HUGE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
