package org.frontline.metrics.customers;

import static org.frontline.metrics.internal.RollupWriter.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
 * The most recent writers come first; each contact's posts are read through the per-contact index, and the
 * names of the listed contacts in one statement.
 */
@Component
class Attrition {

    static final Duration RECENT = Duration.ofDays(14);
    static final Duration EARLIER = Duration.ofDays(90);
    static final double NEGATIVE = -0.3;
    static final int REPEATED = 3;
    static final int LIMIT = 50;
    private static final int CHUNK = 500;

    private record Row(UUID contact, @Nullable Double recent, @Nullable Double earlier, long complaints, @Nullable String churn, Instant last) {}

    private final JdbcClient jdbc;
    private final Contacts contacts;

    Attrition(JdbcClient jdbc, Contacts contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    List<AttritionSignal> signals(WorkspaceId workspace, String slug, DashboardFilter filter) {
        var found = new ArrayList<Row>();
        var seen = new HashSet<UUID>();
        var windowEnd = filter.to();
        var width = Duration.ofDays(1);
        // Newest writers first, in growing windows: the list is the most recent LIMIT contacts, so a busy range is
        // answered from its last days instead of grouping every post of the range and the 90 days before it.
        while (found.size() < LIMIT && windowEnd.isAfter(filter.from())) {
            var windowStart = latest(filter.from(), windowEnd.minus(width));
            var writers = new ArrayList<UUID>();
            writersNewestFirst(workspace, filter, windowStart, windowEnd).forEach(contact -> {
                if (seen.add(contact)) {
                    writers.add(contact);
                }
            });
            for (int i = 0; i < writers.size() && found.size() < LIMIT; i += CHUNK) {
                var chunk = writers.subList(i, Math.min(writers.size(), i + CHUNK));
                var rows = evaluate(workspace, filter, chunk);
                chunk.stream().map(rows::get).filter(java.util.Objects::nonNull).limit(LIMIT - found.size()).forEach(found::add);
            }
            windowEnd = windowStart;
            width = width.multipliedBy(2);
        }
        var names = contacts.names(workspace, found.stream().map(row -> new ContactId(row.contact())).toList());
        return found.stream().map(row -> signal(slug, row, names)).toList();
    }

    /** Contacts who wrote in {@code [from, to)}, the latest writer first. */
    private List<UUID> writersNewestFirst(WorkspaceId workspace, DashboardFilter filter, Instant from, Instant to) {
        var channel = filter.channel().map(Channel::wireName).orElse(null);
        var statement = jdbc.sql("select contact_id, max(written_at) as last_wrote from metrics_contact_post"
                        + " where workspace_id = :workspace and written_at >= :from and written_at < :to"
                        + (channel == null ? "" : " and channel = :channel")
                        + " group by contact_id order by last_wrote desc")
                .param("workspace", workspace.value())
                .param("from", utc(from))
                .param("to", utc(to));
        if (channel != null) {
            statement = statement.param("channel", channel);
        }
        return statement.query((rs, i) -> rs.getObject("contact_id", UUID.class)).list();
    }

    /** The signals of those of {@code candidates} that show one, by contact. */
    private Map<UUID, Row> evaluate(WorkspaceId workspace, DashboardFilter filter, List<UUID> candidates) {
        var recentStart = latest(filter.from(), filter.to().minus(RECENT));
        var earliest = recentStart.minus(EARLIER);
        var channel = filter.channel().map(Channel::wireName).orElse(null);
        var sql = "select contact_id,"
                + " avg(case when written_at >= :recent then sentiment end) as recent,"
                + " avg(case when written_at < :recent then sentiment end) as earlier,"
                + " sum(case when complaint and written_at >= :from then 1 else 0 end) as complaints,"
                + " max(case when written_at >= :from then churn_cue end) as churn,"
                + " max(written_at) as last_wrote"
                + " from metrics_contact_post where workspace_id = :workspace and contact_id in (:contacts)"
                + " and written_at >= :earliest and written_at < :to"
                + (channel == null ? "" : " and channel = :channel")
                + " group by contact_id"
                + " having (avg(case when written_at >= :recent then sentiment end) <= :negative"
                + "   and avg(case when written_at < :recent then sentiment end) >= 0)"
                + " or sum(case when complaint and written_at >= :from then 1 else 0 end) >= :repeated"
                + " or max(case when written_at >= :from then churn_cue end) is not null";
        var statement = jdbc.sql(sql)
                .param("workspace", workspace.value())
                .param("contacts", candidates)
                .param("recent", utc(recentStart))
                .param("from", utc(filter.from()))
                .param("earliest", utc(earliest))
                .param("to", utc(filter.to()))
                .param("negative", NEGATIVE)
                .param("repeated", REPEATED);
        if (channel != null) {
            statement = statement.param("channel", channel);
        }
        var rows = new HashMap<UUID, Row>();
        statement.query((rs, i) -> new Row(rs.getObject("contact_id", UUID.class), nullable(rs.getDouble("recent"), rs.wasNull()),
                        nullable(rs.getDouble("earlier"), rs.wasNull()), rs.getLong("complaints"), rs.getString("churn"),
                        rs.getObject("last_wrote", OffsetDateTime.class).toInstant()))
                .list()
                .forEach(row -> rows.put(row.contact(), row));
        return rows;
    }

    private AttritionSignal signal(String slug, Row row, Map<ContactId, String> names) {
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
        var name = names.getOrDefault(id, "(merged contact)");
        return new AttritionSignal(id.toString(), name, reasons, row.last(), "/w/" + slug + "/contacts/" + id);
    }

    private static @Nullable Double nullable(double value, boolean wasNull) {
        return wasNull ? null : value;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
