package org.frontline.benchmarks.dashboards;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-event tables' secondary indexes, dropped before a bulk COPY and built again after it: PostgreSQL then
 * sorts each index once instead of updating it row by row (primary keys stay, they guard the natural ids).
 */
final class IndexesAside {

    static final List<String> FACT_TABLES = List.of("metrics_mention_fact", "metrics_signal_fact", "metrics_case_fact",
            "metrics_case_transition", "metrics_first_response", "metrics_contact_post", "metrics_survey", "metrics_survey_answer");

    private final List<String> definitions;

    private IndexesAside(List<String> definitions) {
        this.definitions = definitions;
    }

    /** Drops the tables' indexes that back no constraint, remembering their definitions. */
    static IndexesAside drop(Connection connection, List<String> tables) throws SQLException {
        var names = new ArrayList<String>();
        var definitions = new ArrayList<String>();
        try (var select = connection.prepareStatement("select indexname, indexdef from pg_indexes where schemaname = current_schema()"
                + " and tablename = any(?) and indexname not in (select conname from pg_constraint where contype in ('p', 'u'))")) {
            select.setArray(1, connection.createArrayOf("varchar", tables.toArray()));
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        for (var name : names) {
            DashboardScaleHarness.exec(connection, "drop index " + name);
        }
        DashboardScaleHarness.log("set aside %d indexes: %s", names.size(), names);
        return new IndexesAside(definitions);
    }

    /** Builds the dropped indexes again, with more sort memory than the default. */
    void rebuild(Connection connection) throws SQLException {
        DashboardScaleHarness.exec(connection, "set maintenance_work_mem = '512MB'");
        for (var definition : definitions) {
            DashboardScaleHarness.exec(connection, definition);
        }
    }
}
