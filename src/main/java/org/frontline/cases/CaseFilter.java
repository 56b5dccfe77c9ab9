package org.frontline.cases;

import java.util.Locale;
import java.util.Set;
import org.frontline.routing.AgentId;
import org.frontline.routing.Priority;
import org.frontline.routing.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * What an agent narrows the inbox to. Every part is optional; an empty filter shows every case. Text is
 * matched case-insensitively as a plain substring of the subject: no patterns from users.
 */
public record CaseFilter(
        Set<CaseStatus> statuses,
        @Nullable TeamId team,
        @Nullable AgentId assignee,
        boolean unassigned,
        @Nullable String channel,
        @Nullable Priority priority,
        @Nullable String intent,
        @Nullable Sentiment sentiment,
        @Nullable String text) {

    /** Sentiment bands as agents think of them. */
    public enum Sentiment {
        NEGATIVE,
        NEUTRAL,
        POSITIVE;

        public static Sentiment parse(String value) {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }

    public CaseFilter {
        statuses = Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static CaseFilter none() {
        return new CaseFilter(Set.of(), null, null, false, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(none());
    }
}
