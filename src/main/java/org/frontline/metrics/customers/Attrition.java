package org.frontline.metrics.customers;

import static org.frontline.metrics.internal.RollupWriter.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.frontline.cases.ContactId;
import org.frontline.cases.Contacts;
import org.frontline.ingest.Channel;
import org.frontline.metrics.DashboardFilter;
import org.frontline.metrics.customers.CustomerFigures.AttritionSignal;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the contacts that may be leaving, from what they wrote up to the end of the range:
 * <ul>
 *   <li>sentiment turned negative: the average of the last {@link #RECENT} is at most {@link #NEGATIVE} while the
 *       {@link #EARLIER} before it averaged at least neutral;
 *   <li>a churn cue (cancel, switching to …) in a post of the range, as classification found it;
 *   <li>repeated complaints: at least {@link #REPEATED} complaints in the range.
 * </ul>
 */
@Component
class Attrition {

    static final Duration RECENT = Duration.ofDays(14);
    static final Duration EARLIER = Duration.ofDays(90);
    static final double NEGATIVE = -0.3;
    static final int REPEATED = 3;
    static final int LIMIT = 50;

    private record Row(UUID contact, @Nullable Double recent, @Nullable Double earlier, long complaints, @Nullable String churn, Instant last) {}

    private final JdbcClient jdbc;
    private final Contacts contacts;

    Attrition(JdbcClient jdbc, Contacts contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    List<AttritionSignal> signals(WorkspaceId workspace, String slug, DashboardFilter filter) {
        var recentStart = latest(filter.from(), filter.to().minus(RECENT));
        var earliest = recentStart.minus(EARLIER);
        var channel = filter.channel().map(Channel::wireName).orElse(null);
        var sql = "select contact_id,"
                + " avg(case when written_at >= :recent then sentiment end) as recent,"
                + " avg(case when written_at < :recent then sentiment end) as earlier,"
                + " sum(case when complaint and written_at >= :from then 1 else 0 end) as complaints,"
                + " max(case when written_at >= :from then churn_cue end) as churn,"
                + " max(written_at) as last_wrote"
                + " from metrics_contact_post where workspace_id = :workspace and written_at >= :earliest and written_at < :to"
                + (channel == null ? "" : " and channel = :channel")
                + " group by contact_id"
                + " having (avg(case when written_at >= :recent then sentiment end) <= :negative"
                + "   and avg(case when written_at < :recent then sentiment end) >= 0)"
                + " or sum(case when complaint and written_at >= :from then 1 else 0 end) >= :repeated"
                + " or max(case when written_at >= :from then churn_cue end) is not null"
                + " order by last_wrote desc limit " + LIMIT;
        var statement = jdbc.sql(sql)
                .param("workspace", workspace.value())
                .param("recent", utc(recentStart))
                .param("from", utc(filter.from()))
                .param("earliest", utc(earliest))
                .param("to", utc(filter.to()))
                .param("negative", NEGATIVE)
                .param("repeated", REPEATED);
        if (channel != null) {
            statement = statement.param("channel", channel);
        }
        return statement.query((rs, i) -> new Row(rs.getObject("contact_id", UUID.class), nullable(rs.getDouble("recent"), rs.wasNull()),
                        nullable(rs.getDouble("earlier"), rs.wasNull()), rs.getLong("complaints"), rs.getString("churn"),
                        rs.getObject("last_wrote", OffsetDateTime.class).toInstant()))
                .list()
                .stream()
                .map(row -> signal(workspace, slug, row))
                .toList();
    }

    private AttritionSignal signal(WorkspaceId workspace, String slug, Row row) {
        var reasons = new ArrayList<String>();
        if (row.recent() != null && row.earlier() != null && row.recent() <= NEGATIVE && row.earlier() >= 0) {
            reasons.add(String.format(Locale.ROOT, "sentiment turned negative (%.2f, was %.2f)", row.recent(), row.earlier()));
        }
        if (row.churn() != null) {
            reasons.add("mentions leaving (\"" + row.churn() + "\")");
        }
        if (row.complaints() >= REPEATED) {
            reasons.add(row.complaints() + " complaints in range");
        }
        var id = new ContactId(row.contact());
        var name = contacts.find(workspace, id).map(Contacts.ContactView::name).orElse("(merged contact)");
        return new AttritionSignal(id.toString(), name, reasons, row.last(), "/w/" + slug + "/contacts/" + id);
    }

    private static @Nullable Double nullable(double value, boolean wasNull) {
        return wasNull ? null : value;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
