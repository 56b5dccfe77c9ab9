package org.frontline.metrics.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.frontline.ingest.Channel;
import org.frontline.metrics.DashboardFilter;
import org.frontline.shared.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The attrition list found by walking the newest writers first is the list one GROUP BY over every post of the
 * range (and the 104 days before) gives: the same contacts in the same order, with and without a channel.
 */
@SpringBootTest
@ActiveProfiles("test")
class AttritionIntegrationTests {

    private static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");

    @Autowired
    Attrition attrition;

    @Autowired
    JdbcClient jdbc;

    @Test
    void newestWritersFirstGivesTheSameListAsGroupingEveryPost() {
        var workspace = new WorkspaceId(UUID.randomUUID());
        var random = new SplittableRandom(11);
        var contacts = 400;
        for (int i = 0; i < 4000; i++) {
            var contact = new UUID(0x5eed, random.nextInt(contacts));
            var at = TO.minusSeconds(1 + random.nextLong(Duration.ofDays(150).toSeconds()));
            var complaint = random.nextDouble() < 0.15;
            var sentiment = complaint ? -0.6 : random.nextDouble() * 1.2 - 0.4;
            jdbc.sql("insert into metrics_contact_post (workspace_id, post_id, contact_id, channel, written_at, sentiment, complaint, churn_cue)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(workspace.value(), UUID.randomUUID(), contact, random.nextBoolean() ? "x" : "email", OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                            sentiment, complaint, random.nextDouble() < 0.002 ? "cancel" : null)
                    .update();
        }
        for (var days : List.of(7, 30, 90)) {
            for (var channel : List.of(Optional.<Channel>empty(), Optional.of(Channel.X))) {
                var filter = new DashboardFilter(TO.minus(Duration.ofDays(days)), TO, channel, Optional.empty(), ZoneOffset.UTC, Optional.empty(),
                        Optional.empty());

                var listed = attrition.signals(workspace, "ws", filter).stream().map(CustomerFigures.AttritionSignal::contact).toList();

                assertThat(listed).as("%d days, %s", days, channel).isEqualTo(grouped(workspace, filter)).isNotEmpty();
            }
        }
    }

    /** The whole range and its 104 days before grouped at once, as the list used to be computed. */
    private List<String> grouped(WorkspaceId workspace, DashboardFilter filter) {
        var recent = filter.to().minus(Attrition.RECENT).isAfter(filter.from()) ? filter.to().minus(Attrition.RECENT) : filter.from();
        var channel = filter.channel().map(Channel::wireName).orElse(null);
        var sql = "select contact_id, max(written_at) as last_wrote from metrics_contact_post where workspace_id = :w and written_at >= :earliest"
                + " and written_at < :to" + (channel == null ? "" : " and channel = :channel") + " group by contact_id"
                + " having (avg(case when written_at >= :recent then sentiment end) <= -0.3 and avg(case when written_at < :recent then sentiment end) >= 0)"
                + " or sum(case when complaint and written_at >= :from then 1 else 0 end) >= 3"
                + " or max(case when written_at >= :from then churn_cue end) is not null order by last_wrote desc limit 50";
        var statement = jdbc.sql(sql).param("w", workspace.value()).param("earliest", OffsetDateTime.ofInstant(recent.minus(Attrition.EARLIER), ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC)).param("recent", OffsetDateTime.ofInstant(recent, ZoneOffset.UTC))
                .param("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        if (channel != null) {
            statement = statement.param("channel", channel);
        }
        return statement.query((rs, i) -> rs.getObject("contact_id", UUID.class).toString()).list();
    }
}
