package org.frontline.cases.web;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontline.cases.CaseFilter;
import org.frontline.cases.CaseStatus;
import org.frontline.routing.AgentId;
import org.frontline.routing.Priority;
import org.frontline.routing.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * The inbox filter as the page's form sends it (all optional strings). Values that do not parse are ignored
 * rather than refused: a stale bookmark still opens the inbox.
 */
record InboxFilterForm(
        @Nullable String status,
        @Nullable String team,
        @Nullable String assignee,
        @Nullable String channel,
        @Nullable String priority,
        @Nullable String intent,
        @Nullable String sentiment,
        @Nullable String q) {

    /** "active" (the default) means new, open or pending; "all" means every status. */
    CaseFilter toFilter() {
        return new CaseFilter(
                statuses(),
                uuid(team).map(TeamId::new).orElse(null),
                "none".equals(assignee) ? null : uuid(assignee).map(AgentId::new).orElse(null),
                "none".equals(assignee),
                blankToNull(channel),
                parse(priority, Priority::parse),
                blankToNull(intent),
                parse(sentiment, CaseFilter.Sentiment::parse),
                q);
    }

    private Set<CaseStatus> statuses() {
        if (status == null || status.isBlank() || "active".equals(status)) {
            return Set.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING);
        }
        if ("all".equals(status)) {
            return Set.of();
        }
        return Arrays.stream(status.split(","))
                .map(value -> parse(value, CaseStatus::parse))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static java.util.Optional<UUID> uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> @Nullable T parse(@Nullable String value, java.util.function.Function<String, T> parser) {
        try {
            return value == null || value.isBlank() ? null : parser.apply(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
