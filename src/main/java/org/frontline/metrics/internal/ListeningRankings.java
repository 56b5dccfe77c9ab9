package org.frontline.metrics.internal;

import static org.frontline.metrics.internal.RollupWriter.ANY_QUERY;

import java.util.List;
import org.frontline.matching.TrackingQueryId;
import org.frontline.metrics.DashboardFilter;
import org.frontline.metrics.ListeningFigures.AuthorFigure;
import org.frontline.metrics.Slice;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The top lists of the listening dashboard, summed over the range from the term and author rollups. An advocate
 * wrote at least {@link #FREQUENT} classified mentions, more positive than negative; a detractor the reverse.
 */
@Component
class ListeningRankings {

    static final int FREQUENT = 2;

    private final JdbcClient jdbc;

    ListeningRankings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param kind {@code term} or {@code tag} */
    List<Slice> terms(WorkspaceId workspace, DashboardFilter filter, List<RangePart> parts, String kind, int top) {
        var query = filter.query().map(TrackingQueryId::value).orElse(ANY_QUERY);
        return Where.union(jdbc, workspace, Rollup.TERMS, parts, w -> w.is("query_id", query).is("kind", kind).filter(filter, false, false),
                        "term, mentions", "select term, sum(mentions) as mentions",
                        "group by term order by mentions desc, term fetch first " + top + " rows only")
                .query((rs, i) -> new Slice(rs.getString("term"), rs.getLong("mentions")))
                .list();
    }

    List<AuthorFigure> authors(WorkspaceId workspace, DashboardFilter filter, List<RangePart> parts, boolean advocates, int top) {
        var side = advocates ? "sum(positive) > sum(negative)" : "sum(negative) > sum(positive)";
        var order = advocates ? "sum(positive)" : "sum(negative)";
        var query = filter.query().map(TrackingQueryId::value).orElse(ANY_QUERY);
        return Where.union(jdbc, workspace, Rollup.AUTHORS, parts, w -> w.is("query_id", query).filter(filter, false, false),
                        "channel, handle, label, mentions, positive, negative",
                        "select channel, handle, max(label) as label, sum(mentions) as mentions, sum(positive) as positive,"
                                + " sum(negative) as negative",
                        "group by channel, handle having sum(mentions) >= " + FREQUENT + " and " + side
                                + " order by " + order + " desc, sum(mentions) desc, handle fetch first " + top + " rows only")
                .query((rs, i) -> new AuthorFigure(rs.getString("channel"), rs.getString("handle"), rs.getString("label"),
                        rs.getLong("mentions"), rs.getLong("positive"), rs.getLong("negative")))
                .list();
    }
}
