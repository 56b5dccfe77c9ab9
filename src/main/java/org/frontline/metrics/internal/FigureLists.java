package org.frontline.metrics.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.frontline.metrics.DashboardFilter;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mentions and cases behind a dashboard figure, from the metrics module's facts (newest first, at most
 * {@link #MOST}). The rollups answer "how many"; these answer "which ones".
 */
@Component
public class FigureLists {

    public static final int MOST = 200;

    /** What narrows a mention list beyond the filter: intent, negative only, and a set of queries (any of them). */
    public record MentionFigure(@Nullable String intent, boolean negative, @Nullable Set<UUID> queries) {}

    /**
     * What narrows a case list: which facts ({@code opened}, {@code responded}, {@code resolved}, {@code sla},
     * {@code active}) and the figure's own keys.
     */
    public record CaseFigure(String list, @Nullable Integer band, @Nullable Integer hour, @Nullable String slaKind,
            @Nullable Boolean met, @Nullable String priority, @Nullable UUID agent, @Nullable Set<UUID> teams) {}

    public record Row(UUID id, Instant at) {}

    private record Fact(UUID id, Instant at, long seconds) {}

    private final JdbcClient jdbc;

    FigureLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> mentions(WorkspaceId workspace, DashboardFilter filter, MentionFigure figure) {
        var where = Where.workspace(workspace, "f.").between("occurred_at", filter.from(), filter.to()).filter(filter, false, false);
        if (figure.intent() != null || figure.negative()) {
            where.and("exists (select 1 from metrics_signal_fact s where s.workspace_id = f.workspace_id and s.post_id = f.post_id"
                    + (figure.intent() != null ? " and s.intent = ?" : "") + (figure.negative() ? " and s.sentiment < 0" : "") + ")",
                    figure.intent() != null ? List.of(figure.intent()) : List.of());
        }
        var queries = filter.query().map(q -> Set.of(q.value())).orElse(figure.queries());
        if (queries != null) {
            if (queries.isEmpty()) {
                return List.of();
            }
            where.and("exists (select 1 from metrics_mention_query q where q.workspace_id = f.workspace_id and q.post_id = f.post_id"
                    + " and q.query_id in (" + marks(queries.size()) + "))", List.copyOf(queries));
        }
        return where.query(jdbc, "select f.post_id as id, f.occurred_at as at from metrics_mention_fact f",
                        "order by f.occurred_at desc fetch first " + MOST + " rows only")
                .query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    public List<Row> cases(WorkspaceId workspace, DashboardFilter filter, CaseFigure figure, ZoneId hourZone) {
        var table = switch (figure.list()) {
            case "responded" -> "metrics_first_response";
            case "resolved" -> "metrics_resolution";
            case "sla" -> "metrics_sla_outcome";
            default -> "metrics_case_fact";
        };
        var at = switch (figure.list()) {
            case "responded" -> "responded_at";
            case "resolved" -> "resolved_at";
            case "sla" -> "decided_at";
            default -> "opened_at";
        };
        var seconds = table.equals("metrics_first_response") || table.equals("metrics_resolution") ? "f.seconds" : "0";
        var joined = !table.equals("metrics_case_fact");
        var where = Where.workspace(workspace, "f.");
        if (!figure.list().equals("active")) {
            where.between(at, filter.from(), filter.to());
        } else {
            where.is("active", true);
        }
        caseConditions(where, filter, figure, joined ? "c." : "f.");
        var select = "select f.case_id as id, f." + at + " as at, " + seconds + " as seconds from " + table + " f"
                + (joined ? " join metrics_case_fact c on c.workspace_id = f.workspace_id and c.case_id = f.case_id" : "");
        var facts = where.query(jdbc, select, "order by f." + at + " desc fetch first " + (MOST * 5) + " rows only")
                .query((rs, i) -> new Fact(rs.getObject("id", UUID.class), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getLong("seconds")))
                .list();
        return facts.stream()
                .filter(f -> figure.band() == null || ResponseBands.bandOf(f.seconds(), figure.list().equals("resolved")) == figure.band())
                .filter(f -> figure.hour() == null || f.at().atZone(hourZone).getHour() == figure.hour())
                .limit(MOST)
                .map(f -> new Row(f.id(), f.at()))
                .toList();
    }

    private static void caseConditions(Where where, DashboardFilter filter, CaseFigure figure, String facts) {
        filter.channel().ifPresent(ch -> where.and(facts + "channel = ?", List.of(ch.wireName())));
        filter.language().ifPresent(l -> where.and(facts + "lang = ?", List.of(l)));
        filter.team().ifPresent(t -> where.and(facts + "team_id = ?", List.of(t.value())));
        if (figure.agent() != null) {
            where.and(facts + "agent_id = ?", List.of(figure.agent()));
        }
        if (figure.priority() != null) {
            where.and(facts + "priority = ?", List.of(figure.priority()));
        }
        if (figure.teams() != null) {
            where.and(facts + "team_id in (" + marks(Math.max(1, figure.teams().size())) + ")",
                    figure.teams().isEmpty() ? List.of(new UUID(-1, -1)) : List.copyOf(figure.teams()));
        }
        if (figure.slaKind() != null) {
            where.and("f.kind = ?", List.of(figure.slaKind().toUpperCase(Locale.ROOT)));
        }
        if (figure.met() != null) {
            where.and("f.met = ?", List.of(figure.met()));
        }
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
