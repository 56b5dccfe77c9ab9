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

    /** Whether the case still needs work: new, open or pending. */
    public boolean active() {
        return this == NEW || this == OPEN || this == PENDING;
    }

    /**
     * The workflow: any active case may move to another active status, be resolved or closed; a resolved case
     * may be reopened or closed; a closed case stays closed (a customer writing again opens a new case).
     */
    public boolean canBecome(CaseStatus next) {
        if (next == this) {
            return false;
        }
        return switch (this) {
            case NEW, OPEN, PENDING -> next != NEW;
            case RESOLVED -> next == OPEN || next == CLOSED;
            case CLOSED -> false;
        };
    }

    public static CaseStatus parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
