package org.frontline.routing;

import java.util.Locale;

/** The targets an SLA policy sets. */
public enum SlaKind {
    FIRST_RESPONSE,
    NEXT_RESPONSE,
    RESOLUTION;

    /** "first response", for sentences. */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
