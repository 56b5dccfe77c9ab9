package org.frontline.cases;

import java.util.Locale;

public enum Priority {
    URGENT,
    HIGH,
    NORMAL,
    LOW;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
