package org.frontline.cases;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** One line of a case's timeline: a note, a status change, an assignment or a reply. Text is untrusted. */
public record CaseActivity(UUID id, Kind kind, String actor, String text, Instant at) {

    public enum Kind {
        NOTE,
        STATUS,
        ASSIGNMENT,
        REPLY;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
