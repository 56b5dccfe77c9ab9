package org.frontline.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.frontline.testing.Postgres;
import org.frontline.testing.RequiresPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Upgrading a database that has only hourly rollups: the daily rows are built from them in the workspace's zone
 * (Berlin, across the switch to summer time), the time histograms from the response facts, on H2 and PostgreSQL.
 */
class DailyRollupMigrationTests {

    private static final UUID WORKSPACE = UUID.randomUUID();
    private static final UUID ANY = new UUID(0, 0);
    private static final UUID NONE = new UUID(0, 0);

    @Test
    void dailyRowsAreBuiltFromHourlyRowsOnUpgradeOnH2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:daily-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        upgradeAndCheck(h2);
    }

    @Test
    @RequiresPostgres
    void dailyRowsAreBuiltFromHourlyRowsOnUpgradeOnPostgres() {
        upgradeAndCheck(new DriverManagerDataSource(Postgres.freshSchemaUrl(), Postgres.USER, ""));
    }

    @Test
    void workspaceHistogramsAreBuiltFromTheChannelsHistogramsOnUpgradeOnH2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:daily-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        upgradeHistogramsAndCheck(h2);
    }

    @Test
    @RequiresPostgres
    void workspaceHistogramsAreBuiltFromTheChannelsHistogramsOnUpgradeOnPostgres() {
        upgradeHistogramsAndCheck(new DriverManagerDataSource(Postgres.freshSchemaUrl(), Postgres.USER, ""));
    }

    /** V145: a database with per-channel histograms gets the workspace-wide ones, bin by bin. */
    private static void upgradeHistogramsAndCheck(DataSource dataSource) {
        migrate(dataSource, "135");
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into workspace (id, slug, name, created_at) values (?, 'up', 'Up', current_timestamp)").param(WORKSPACE).update();
        channelBin(jdbc, "2026-04-10T00:00:00Z", "x", 30, 2, 600, 640);
        channelBin(jdbc, "2026-04-10T00:00:00Z", "email", 30, 3, 590, 620);
        channelBin(jdbc, "2026-04-10T00:00:00Z", "email", 50, 1, 40_000, 40_000);
        channelBin(jdbc, "2026-04-11T00:00:00Z", "x", 30, 4, 610, 630);

        migrate(dataSource, "latest");

        var rows = jdbc.sql("select bucket, bin, cases, min_seconds, max_seconds from metrics_duration_workspace_daily where workspace_id = ?"
                        + " and kind = 'first_response' order by bucket, bin")
                .param(WORKSPACE)
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class).toInstant() + " " + rs.getInt(2) + " " + rs.getLong(3) + " "
                        + rs.getLong(4) + " " + rs.getLong(5))
                .list();
        assertThat(rows).containsExactly("2026-04-10T00:00:00Z 30 5 590 640", "2026-04-10T00:00:00Z 50 1 40000 40000",
                "2026-04-11T00:00:00Z 30 4 610 630");
    }

    private static void channelBin(JdbcClient jdbc, String day, String channel, int bin, long cases, long min, long max) {
        jdbc.sql("insert into metrics_duration_daily (workspace_id, bucket, channel, team_id, lang, kind, bin, cases, min_seconds, max_seconds)"
                        + " values (?, ?, ?, ?, 'en', 'first_response', ?, ?, ?, ?)")
                .params(WORKSPACE, OffsetDateTime.ofInstant(Instant.parse(day), ZoneOffset.UTC), channel, NONE, bin, cases, min, max).update();
    }

    private static void upgradeAndCheck(DataSource dataSource) {
        migrate(dataSource, "111");
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into workspace (id, slug, name, created_at, time_zone) values (?, 'up', 'Up', current_timestamp, 'Europe/Berlin')")
                .param(WORKSPACE).update();
        // Berlin: 22:00Z on the 28th is 23:00 CET (the 28th); 23:00Z is midnight of the 29th, a 23-hour day that ends
        // at 22:00Z on the 29th (midnight CEST of the 30th).
        hour(jdbc, "2026-03-28T22:00:00Z", 2);
        hour(jdbc, "2026-03-28T23:00:00Z", 3);
        hour(jdbc, "2026-03-29T21:00:00Z", 4);
        hour(jdbc, "2026-03-29T22:00:00Z", 5);
        response(jdbc, "2026-03-29T10:00:00Z", 600);
        response(jdbc, "2026-03-29T11:00:00Z", 1200);
        response(jdbc, "2026-03-29T22:30:00Z", 90_000);

        migrate(dataSource, "latest");

        assertThat(daily(jdbc, "select bucket, sum(mentions) from metrics_mention_daily where workspace_id = ? and query_id = ? group by bucket"))
                .isEqualTo(Map.of(Instant.parse("2026-03-27T23:00:00Z"), 2L, Instant.parse("2026-03-28T23:00:00Z"), 7L,
                        Instant.parse("2026-03-29T22:00:00Z"), 5L));
        assertThat(daily(jdbc, "select bucket, sum(negative) from metrics_signal_daily where workspace_id = ? and query_id = ? group by bucket"))
                .isEqualTo(Map.of(Instant.parse("2026-03-27T23:00:00Z"), 1L, Instant.parse("2026-03-28T23:00:00Z"), 2L,
                        Instant.parse("2026-03-29T22:00:00Z"), 1L));
        assertThat(jdbc.sql("select zone from metrics_daily_zone where workspace_id = ?").param(WORKSPACE).query(String.class).single())
                .isEqualTo("Europe/Berlin");
        var histogram = jdbc.sql("select bin, cases, min_seconds, max_seconds from metrics_duration_daily where workspace_id = ? order by bin")
                .param(WORKSPACE)
                .query((rs, i) -> new DurationBins.Bin(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
        assertThat(DurationBins.count(histogram)).isEqualTo(3);
        assertThat(DurationBins.percentile(histogram, 50)).hasValue(1200);
        assertThat(jdbc.sql("select count(distinct bucket) from metrics_duration_daily where workspace_id = ?").param(WORKSPACE)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select sum(cases) from metrics_duration_workspace_daily where workspace_id = ?").param(WORKSPACE)
                .query(Long.class).single()).isEqualTo(3);
    }

    private static void hour(JdbcClient jdbc, String at, long mentions) {
        var bucket = OffsetDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC);
        for (var query : new UUID[] {ANY, UUID.randomUUID()}) {
            jdbc.sql("insert into metrics_mention_hourly (workspace_id, bucket, channel, query_id, lang, mentions) values (?, ?, 'x', ?, 'en', ?)")
                    .params(WORKSPACE, bucket, query, mentions).update();
            jdbc.sql("insert into metrics_signal_hourly (workspace_id, bucket, channel, query_id, lang, intent, mentions, sentiment_sum,"
                            + " negative, positive) values (?, ?, 'x', ?, 'en', 'complaint', ?, -1.5, 1, 0)")
                    .params(WORKSPACE, bucket, query, mentions).update();
        }
    }

    private static void response(JdbcClient jdbc, String at, long seconds) {
        jdbc.sql("insert into metrics_first_response (workspace_id, case_id, channel, responded_at, seconds, team_id, lang)"
                        + " values (?, ?, 'x', ?, ?, ?, 'en')")
                .params(WORKSPACE, UUID.randomUUID(), OffsetDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC), seconds, NONE).update();
    }

    private static Map<Instant, Long> daily(JdbcClient jdbc, String sql) {
        var rows = new TreeMap<Instant, Long>();
        jdbc.sql(sql).params(WORKSPACE, ANY).query(rs -> {
            rows.put(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getLong(2));
        });
        return rows;
    }

    private static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }
}
