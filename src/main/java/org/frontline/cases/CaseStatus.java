package org.frontline.cases;

import java.util.Locale;

/** Where a case stands: new until someone looks, pending while waiting on the customer. */
public enum CaseStatus {
    NEW,
    OPEN,
    PENDING,
    RESOLVED,
    CLOSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
