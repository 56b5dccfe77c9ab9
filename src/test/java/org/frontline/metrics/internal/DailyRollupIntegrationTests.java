package org.frontline.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.frontline.ingest.Channel;
import org.frontline.ingest.Posts;
import org.frontline.matching.MentionMatched;
import org.frontline.matching.QueryMatch;
import org.frontline.matching.TrackingQueries;
import org.frontline.metrics.DashboardFilter;
import org.frontline.testing.Api;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.frontline.workspaces.WorkspaceTimeZones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The daily rollups kept by the listeners equal GROUP BY over the facts by local day, in a half-hour zone and
 * across daylight saving, after replays and after a zone change; and the dashboards read them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DailyRollupIntegrationTests {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    // Kolkata is UTC+5:30: its midnight is 18:30 UTC, inside the UTC hour 18:00-19:00. Berlin leaves winter time on
    // 2026-03-29 (a 23-hour day) and returns to it on 2026-10-25 (a 25-hour day).
    private static final List<String> MOMENTS = List.of(
            "2026-03-28T18:10:00Z", "2026-03-28T18:40:00Z", "2026-03-28T22:59:00Z", "2026-03-28T23:01:00Z",
            "2026-03-29T21:59:00Z", "2026-03-29T22:01:00Z", "2026-10-24T21:59:00Z", "2026-10-24T22:01:00Z",
            "2026-10-25T22:59:00Z", "2026-10-25T23:01:00Z");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestWorkspace ws;
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        jdbc = context.getBean(JdbcClient.class);
        context.getBean(WorkspaceTimeZones.class).setZone(ws.id(), KOLKATA.getId());
        var api = new Api(port);
        for (int i = 0; i < MOMENTS.size(); i++) {
            var text = i % 2 == 0 ? "acme broke my router, terrible" : "acme support is great, thank you";
            var body = aPost().on("bluesky").withExternalId("d-" + i).from("author" + (i % 3)).saying(text).with("createdAt", MOMENTS.get(i)).json();
            assertThat(api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), body).status()).isEqualTo(202);
        }
        // Mention and signal rows come from two listeners: wait for both before a test replays or compares.
        for (var table : List.of("metrics_mention_daily", "metrics_signal_daily")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> daily(table).values().stream().mapToLong(Long::longValue).sum() == MOMENTS.size());
        }
    }

    @Test
    void dailyRowsEqualGroupByOverTheFactsByLocalDayOfAHalfHourZone() {
        assertThat(daily("metrics_mention_daily")).isEqualTo(factsByDay(KOLKATA)).containsEntry(Instant.parse("2026-03-27T18:30:00Z"), 1L)
                .containsEntry(Instant.parse("2026-03-28T18:30:00Z"), 3L);
        assertThat(daily("metrics_signal_daily")).isEqualTo(factsByDay(KOLKATA));
        assertThat(jdbc.sql("select count(distinct bucket) from metrics_term_daily where workspace_id = ?").param(ws.id().value())
                .query(Long.class).single()).isEqualTo(factsByDay(KOLKATA).size());
    }

    @Test
    void aReplayedMentionEventAddsNothingToTheDailyRows() {
        var before = daily("metrics_mention_daily");
        var post = context.getBean(Posts.class).findByExternalId(ws.id(), Channel.BLUESKY, "d-1").orElseThrow();
        var acme = context.getBean(TrackingQueries.class).list(ws.id()).getFirst();

        context.getBean(MentionRollup.class).on(new MentionMatched(ws.id(), post, List.of(new QueryMatch(acme.id(), List.of()))));

        assertThat(daily("metrics_mention_daily")).isEqualTo(before);
    }

    @Test
    void aZoneChangeRecutsTheDailyRowsIntoTheNewZonesDaysAcrossDaylightSaving() {
        context.getBean(WorkspaceTimeZones.class).setZone(ws.id(), BERLIN.getId());

        var expected = factsByDay(BERLIN);
        await().atMost(Duration.ofSeconds(30)).until(() -> daily("metrics_mention_daily"), expected::equals);
        assertThat(expected).containsEntry(Instant.parse("2026-03-28T23:00:00Z"), 2L).containsEntry(Instant.parse("2026-10-24T22:00:00Z"), 2L)
                .containsEntry(Instant.parse("2026-10-25T23:00:00Z"), 1L);
        assertThat(daily("metrics_signal_daily")).isEqualTo(expected);
    }

    @Test
    void aLongRangeIsDrawnFromDailyRowsWithTheZonesDays() {
        var from = Instant.parse("2026-03-20T18:30:00Z");
        var to = Instant.parse("2026-04-05T18:30:00Z");
        var filter = new DashboardFilter(from, to, Optional.empty(), Optional.empty(), KOLKATA, Optional.empty(), Optional.empty());

        var figures = context.getBean(ListeningDashboard.class).figures(ws.id(), filter);

        var byDay = new TreeMap<Instant, Long>();
        for (int i = 0; i < figures.buckets().size(); i++) {
            var value = figures.volumeByChannel().getFirst().data().get(i);
            if (value != null && value > 0) {
                byDay.put(figures.buckets().get(i), value.longValue());
            }
        }
        var expected = new TreeMap<>(factsByDay(KOLKATA));
        expected.keySet().removeIf(day -> day.isBefore(from) || !day.isBefore(to));
        assertThat(byDay).isEqualTo(expected);
        assertThat(figures.mentions()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
        assertThat(figures.intentMix().stream().mapToLong(s -> s.value()).sum()).isEqualTo(figures.mentions());
    }

    /** The "any query" row per day, as the listener kept it. */
    private Map<Instant, Long> daily(String table) {
        var rows = new TreeMap<Instant, Long>();
        jdbc.sql("select bucket, sum(mentions) as mentions from " + table + " where workspace_id = ? and query_id = ? group by bucket")
                .params(ws.id().value(), RollupWriter.ANY_QUERY)
                .query(rs -> {
                    rows.put(rs.getObject("bucket", OffsetDateTime.class).toInstant(), rs.getLong("mentions"));
                });
        return rows;
    }

    /** GROUP BY over the mention facts by local day of {@code zone}. */
    private Map<Instant, Long> factsByDay(ZoneId zone) {
        var days = new TreeMap<Instant, Long>();
        jdbc.sql("select occurred_at from metrics_mention_fact where workspace_id = ?")
                .param(ws.id().value())
                .query(OffsetDateTime.class)
                .list()
                .forEach(at -> days.merge(DailyZones.dayOf(at.toInstant(), zone), 1L, Long::sum));
        return days;
    }
}
