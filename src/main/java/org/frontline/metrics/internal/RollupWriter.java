package org.frontline.metrics.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores facts once and adds to rollup rows. Portable on H2 and PostgreSQL without {@code ON CONFLICT DO
 * UPDATE}: update, else insert-if-absent, else (another listener inserted it meanwhile) update again.
 */
@Component
public class RollupWriter {

    /** The query dimension's "any query" row: counts each mention once. */
    public static final UUID ANY_QUERY = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final DailyZones zones;

    RollupWriter(JdbcClient jdbc, DailyZones zones) {
        this.jdbc = jdbc;
        this.zones = zones;
    }

    /**
     * Adds {@code increments} to the rollup's row for the UTC hour of {@code at} and to its row for the local day of
     * {@code at} in the workspace's daily zone (the exact instant decides the day, also in half-hour zones).
     *
     * @param dimensions the values of {@link Rollup#dimensions()}, in order
     * @param labels the values of {@link Rollup#labels()}, written only when a row is created
     */
    public void add(Rollup rollup, WorkspaceId workspace, Instant at, List<?> dimensions, List<?> increments, List<?> labels) {
        var hourKeys = new ArrayList<Object>(List.of(workspace.value(), utc(Timeline.hourOf(at))));
        hourKeys.addAll(dimensions);
        add(rollup.hourly(), rollup.keyColumns(), hourKeys, rollup.counters(), List.copyOf(increments), rollup.labels(), List.copyOf(labels));
        // Read after the hourly write: a rebuild for a new zone (DailyRebuild) then either sees this row or runs first.
        var dayKeys = new ArrayList<Object>(List.of(workspace.value(), utc(DailyZones.dayOf(at, zones.zoneOf(workspace)))));
        dayKeys.addAll(dimensions);
        add(rollup.daily(), rollup.keyColumns(), dayKeys, rollup.counters(), List.copyOf(increments), rollup.labels(), List.copyOf(labels));
    }

    public void add(Rollup rollup, WorkspaceId workspace, Instant at, List<?> dimensions, List<?> increments) {
        add(rollup, workspace, at, dimensions, increments, List.of());
    }

    /** Inserts a fact unless its key exists; true when it is new, i.e. when rollups should move. */
    public boolean insertFact(String table, String columns, Object... values) {
        var marks = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
        return jdbc.sql("insert into " + table + " (" + columns + ") values (" + marks + ") on conflict do nothing")
                        .params(values)
                        .update()
                == 1;
    }

    /**
     * Adds {@code increments} to the rollup row identified by {@code keys}.
     *
     * @param keyColumns the primary key columns, in the order of {@code keys}
     * @param counterColumns the columns to add to, in the order of {@code increments}
     */
    public void add(String table, List<String> keyColumns, List<Object> keys, List<String> counterColumns, List<Object> increments) {
        add(table, keyColumns, keys, counterColumns, increments, List.of(), List.of());
    }

    /** As above; {@code labelColumns} are written with the row when it is created (a display name), never added to. */
    void add(String table, List<String> keyColumns, List<Object> keys, List<String> counterColumns, List<Object> increments,
            List<String> labelColumns, List<Object> labels) {
        var set = counterColumns.stream().map(c -> c + " = " + c + " + ?").toList();
        var where = keyColumns.stream().map(c -> c + " = ?").toList();
        var update = "update " + table + " set " + String.join(", ", set) + " where " + String.join(" and ", where);
        var updateParams = new ArrayList<>(increments);
        updateParams.addAll(keys);
        if (jdbc.sql(update).params(updateParams).update() > 0) {
            return;
        }
        var columns = new ArrayList<>(keyColumns);
        columns.addAll(counterColumns);
        columns.addAll(labelColumns);
        var values = new ArrayList<>(keys);
        values.addAll(increments);
        values.addAll(labels);
        if (!insertFact(table, String.join(", ", columns), values.toArray())) {
            jdbc.sql(update).params(updateParams).update();
        }
    }

    public static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
