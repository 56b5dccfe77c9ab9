package org.frontline.metrics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.ingest.Channel;
import org.frontline.matching.TrackingQueryId;
import org.frontline.metrics.DashboardFilter;
import org.frontline.routing.TeamId;
import org.frontline.web.FieldProblem;
import org.frontline.web.InvalidRequest;
import org.jspecify.annotations.Nullable;

/**
 * The dashboards' query parameters: {@code from} and {@code to} are days of the workspace's time zone
 * (inclusive), defaulting to the last seven days; {@code channel} a wire name; {@code query} a tracking query
 * id; {@code team} a team id; {@code language} a language code such as {@code en} ({@code und}: unknown).
 */
record FilterParams(
        @Nullable String from,
        @Nullable String to,
        @Nullable String channel,
        @Nullable String query,
        @Nullable String team,
        @Nullable String language) {

    static final int DEFAULT_DAYS = 7;
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2,3}");

    /** @throws InvalidRequest naming every bad parameter */
    DashboardFilter toFilter(Clock clock) {
        return toFilter(clock, ZoneOffset.UTC);
    }

    /** @throws InvalidRequest naming every bad parameter */
    DashboardFilter toFilter(Clock clock, ZoneId zone) {
        var problems = new ArrayList<FieldProblem>();
        var today = LocalDate.now(clock.withZone(zone));
        var toDay = day("to", to, problems).orElse(today);
        var fromDay = day("from", from, problems).orElse(toDay.minusDays(DEFAULT_DAYS - 1));
        var channelValue = blankToEmpty(channel).flatMap(c -> {
            var parsed = Channel.fromWireName(c);
            if (parsed.isEmpty()) {
                problems.add(new FieldProblem("channel", "is not a known channel"));
            }
            return parsed;
        });
        var queryValue = blankToEmpty(query).flatMap(q -> queryId(q, problems));
        var teamValue = blankToEmpty(team).flatMap(t -> uuid(t).map(TeamId::new).or(() -> {
            problems.add(new FieldProblem("team", "is not a team id"));
            return Optional.empty();
        }));
        var languageValue = blankToEmpty(language).map(l -> l.toLowerCase(java.util.Locale.ROOT));
        if (languageValue.isPresent() && !LANGUAGE.matcher(languageValue.get()).matches()) {
            problems.add(new FieldProblem("language", "must be a language code like en"));
        }
        if (problems.isEmpty() && fromDay.isAfter(toDay)) {
            problems.add(new FieldProblem("from", "must not be after 'to'"));
        }
        if (problems.isEmpty() && fromDay.plusDays(DashboardFilter.LONGEST.toDays()).isBefore(toDay.plusDays(1))) {
            problems.add(new FieldProblem("from", "must be at most " + DashboardFilter.LONGEST.toDays() + " days before 'to'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new DashboardFilter(fromDay.atStartOfDay(zone).toInstant(), toDay.plusDays(1).atStartOfDay(zone).toInstant(),
                channelValue, queryValue, zone, teamValue, languageValue);
    }

    private static Optional<LocalDate> day(String field, @Nullable String value, List<FieldProblem> problems) {
        return blankToEmpty(value).flatMap(v -> {
            try {
                return Optional.of(LocalDate.parse(v));
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, "must be a date like 2025-01-31"));
                return Optional.empty();
            }
        });
    }

    private static Optional<TrackingQueryId> queryId(String value, List<FieldProblem> problems) {
        try {
            return Optional.of(new TrackingQueryId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("query", "is not a tracking query id"));
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> blankToEmpty(@Nullable String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
