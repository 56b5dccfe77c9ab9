package org.frontline.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.frontline.cases.CaseId;
import org.frontline.ingest.Channel;
import org.frontline.metrics.DashboardFilter;
import org.frontline.metrics.internal.DurationBins.Bin;
import org.frontline.metrics.internal.DurationHistogram.Kind;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The workspace-wide time histogram: each new first response goes to it as well as to its channel's histogram, a
 * replay adds nothing, an unfiltered range reads it with the same figures as the channels' rows, and the backfill
 * rebuilds it equal to what was kept incrementally.
 */
@SpringBootTest
@ActiveProfiles("test")
class WorkspaceHistogramIntegrationTests {

    private static final UUID NO_TEAM = new UUID(0, 0);
    private static final Instant DAY = Instant.parse("2026-04-10T00:00:00Z");

    @Autowired
    ApplicationContext context;

    TestWorkspace ws;
    JdbcClient jdbc;
    DurationHistogram histogram;
    CaseId replayed;

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).create();
        jdbc = context.getBean(JdbcClient.class);
        histogram = context.getBean(DurationHistogram.class);
        replayed = new CaseId(UUID.randomUUID());
        respond(replayed, "x", "2026-04-10T09:00:00Z", 600);
        respond(new CaseId(UUID.randomUUID()), "x", "2026-04-10T10:00:00Z", 650);
        respond(new CaseId(UUID.randomUUID()), "email", "2026-04-10T11:00:00Z", 40_000);
        respond(new CaseId(UUID.randomUUID()), "bluesky", "2026-04-11T11:00:00Z", 90);
    }

    @Test
    void eachNewTimeGoesToItsChannelsAndTheWorkspaceHistogram() {
        assertThat(workspaceRows()).isEqualTo(channelRowsSummed());
        assertThat(workspaceRows().stream().mapToLong(row -> row.bin().cases()).sum()).isEqualTo(4);
    }

    @Test
    void aReplayedResponseAddsNothingToTheWorkspaceHistogram() {
        var before = workspaceRows();

        var fresh = respond(replayed, "x", "2026-04-10T09:00:00Z", 600);

        assertThat(fresh).isFalse();
        assertThat(workspaceRows()).isEqualTo(before);
    }

    @Test
    void anUnfilteredRangeReadsTheSameFiguresAsTheChannelsRows() {
        var all = new DashboardFilter(DAY, DAY.plusSeconds(5 * 86_400), Optional.empty(), Optional.empty());
        var bins = histogram.read(ws.id(), all, Kind.FIRST_RESPONSE);

        assertThat(DurationHistogram.unfiltered(all)).isTrue();
        assertThat(bins).isEqualTo(DurationBins.merged(channelRowsSummed().stream().map(DayBin::bin).toList()));
        assertThat(DurationBins.count(bins)).isEqualTo(4);
        var x = new DashboardFilter(all.from(), all.to(), Optional.of(Channel.X), Optional.empty());
        assertThat(DurationBins.count(histogram.read(ws.id(), x, Kind.FIRST_RESPONSE))).isEqualTo(2);
    }

    @Test
    void theBackfillRebuildsTheWorkspaceHistogramAsItWasKept() throws SQLException {
        var kept = workspaceRows();

        try (var connection = context.getBean(DataSource.class).getConnection()) {
            DailyBackfill.histograms(connection, ws.id().value(), ZoneOffset.UTC);
        }

        assertThat(workspaceRows()).isEqualTo(kept);
    }

    private boolean respond(CaseId caseId, String channel, String at, long seconds) {
        var fact = new CaseFacts.CaseFact(channel, NO_TEAM, null, "normal", "en", true, Instant.parse(at).minusSeconds(seconds));
        return histogram.record(ws.id(), Kind.FIRST_RESPONSE, caseId, fact, Instant.parse(at), seconds);
    }

    private record DayBin(Instant day, Bin bin) {}

    private List<DayBin> workspaceRows() {
        return jdbc.sql("select bucket, bin, cases, min_seconds, max_seconds from metrics_duration_workspace_daily where workspace_id = ?"
                        + " and kind = 'first_response' order by bucket, bin")
                .param(ws.id().value())
                .query((rs, i) -> new DayBin(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        new Bin(rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
                .list();
    }

    private List<DayBin> channelRowsSummed() {
        return jdbc.sql("select bucket, bin, sum(cases), min(min_seconds), max(max_seconds) from metrics_duration_daily where workspace_id = ?"
                        + " and kind = 'first_response' group by bucket, bin order by bucket, bin")
                .param(ws.id().value())
                .query((rs, i) -> new DayBin(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        new Bin(rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
                .list();
    }
}
