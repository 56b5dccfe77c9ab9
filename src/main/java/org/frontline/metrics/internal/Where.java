package org.frontline.metrics.internal;

import static org.frontline.metrics.internal.RollupWriter.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.frontline.metrics.DashboardFilter;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A rollup query's where clause built from a filter: only fixed column names, every value a parameter. */
final class Where {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    private final String alias;

    private Where(WorkspaceId workspace, String alias) {
        this.alias = alias;
        sql.append(" where ").append(alias).append("workspace_id = ?");
        params.add(workspace.value());
    }

    static Where workspace(WorkspaceId workspace) {
        return new Where(workspace, "");
    }

    /** Columns of a joined query's main table, e.g. {@code f.}. */
    static Where workspace(WorkspaceId workspace, String alias) {
        return new Where(workspace, alias);
    }

    /** A condition written by the caller (fixed SQL, values as parameters). */
    Where and(String condition, List<?> values) {
        sql.append(" and ").append(condition);
        params.addAll(values);
        return this;
    }

    Where is(String column, Object value) {
        sql.append(" and ").append(alias).append(column).append(" = ?");
        params.add(value);
        return this;
    }

    Where between(String column, Instant from, Instant to) {
        sql.append(" and ").append(alias).append(column).append(" >= ? and ").append(alias).append(column).append(" < ?");
        params.add(utc(from));
        params.add(utc(to));
        return this;
    }

    /** The part's bucket range ({@code always()} adds no condition). */
    Where within(RangePart part) {
        if (part.to().equals(Instant.MAX)) {
            return this;
        }
        return part.from() == null ? before("bucket", part.to()) : between("bucket", part.from(), part.to());
    }

    Where before(String column, Instant to) {
        sql.append(" and ").append(alias).append(column).append(" < ?");
        params.add(utc(to));
        return this;
    }

    /** Channel and language always; the query and team only where the table has that dimension. */
    Where filter(DashboardFilter filter, boolean byQuery, boolean byTeam) {
        filter.channel().ifPresent(c -> is("channel", c.wireName()));
        filter.language().ifPresent(l -> is("lang", l));
        if (byQuery) {
            filter.query().ifPresent(q -> is("query_id", q.value()));
        }
        if (byTeam) {
            filter.team().ifPresent(t -> is("team_id", t.value()));
        }
        return this;
    }

    /**
     * One statement over the parts of a range: {@code outer} over the union of {@code columns} read from each part's
     * table ({@code rows}: the workspace and the part's buckets, then {@code conditions}), then {@code tail}; e.g.
     * {@code select term, sum(mentions) as mentions} over {@code term, mentions}, {@code group by term}.
     */
    static JdbcClient.StatementSpec union(JdbcClient jdbc, WorkspaceId workspace, Rollup rollup, List<RangePart> parts,
            UnaryOperator<Where> conditions, String columns, String outer, String tail) {
        var sql = new StringBuilder(outer).append(" from (");
        var params = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            var where = conditions.apply(workspace(workspace).within(part));
            sql.append(i == 0 ? "" : " union all ").append("select ").append(columns).append(" from ").append(part.table(rollup)).append(where.sql);
            params.addAll(where.params);
        }
        sql.append(") r ").append(tail);
        return jdbc.sql(sql.toString()).params(params);
    }

    JdbcClient.StatementSpec query(JdbcClient jdbc, String select, String tail) {
        return jdbc.sql(select + sql + " " + tail).params(params);
    }
}
