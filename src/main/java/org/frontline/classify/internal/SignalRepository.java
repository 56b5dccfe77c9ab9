package org.frontline.classify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontline.classify.Intent;
import org.frontline.classify.Reach;
import org.frontline.classify.Signals;
import org.frontline.classify.Signals.IntentSignal;
import org.frontline.classify.Signals.LanguageSignal;
import org.frontline.classify.Signals.ReachSignal;
import org.frontline.classify.Signals.RudenessSignal;
import org.frontline.classify.Signals.SentimentSignal;
import org.frontline.classify.Signals.UrgencySignal;
import org.frontline.classify.Urgency;
import org.frontline.ingest.PostId;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mention_signals table. Every method is scoped by workspace. */
@Repository
public class SignalRepository {

    private static final int MAX_REASON = 1000;
    private static final String COLUMNS = "post_id, language, language_confidence, language_reason, sentiment, sentiment_reason,"
            + " intent, intent_confidence, intent_reason, rudeness, rude, rudeness_reason, urgency, urgency_score,"
            + " urgency_reason, reach, followers, reach_reason";

    private final JdbcClient jdbc;

    SignalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the signals unless the post has them already (a replayed event). "On conflict do nothing" rather
     * than catching the duplicate: on PostgreSQL a failed insert would abort the listener's transaction.
     */
    public void insert(WorkspaceId workspace, PostId post, String authorKey, Signals s, Instant at) {
        jdbc.sql("insert into mention_signals (workspace_id, author_key, classified_at, " + COLUMNS + ")"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(workspace.value(), authorKey, at.atOffset(ZoneOffset.UTC), post.value(),
                        s.language().code(), s.language().confidence(), cut(s.language().reason()),
                        s.sentiment().score(), cut(s.sentiment().reason()),
                        s.intent().intent().wireName(), s.intent().confidence(), cut(s.intent().reason()),
                        s.rudeness().score(), s.rudeness().rude(), cut(s.rudeness().reason()),
                        s.urgency().level().wireName(), s.urgency().score(), cut(s.urgency().reason()),
                        s.reach().level().wireName(), s.reach().followers(), cut(s.reach().reason()))
                .update();
    }

    public Optional<Signals> find(WorkspaceId workspace, PostId post) {
        return jdbc.sql("select " + COLUMNS + " from mention_signals where workspace_id = ? and post_id = ?")
                .params(workspace.value(), post.value())
                .query((rs, i) -> signals(rs))
                .optional();
    }

    public Map<PostId, Signals> findAll(WorkspaceId workspace, Collection<PostId> posts) {
        var found = new HashMap<PostId, Signals>();
        if (posts.isEmpty()) {
            return found;
        }
        var ids = posts.stream().map(PostId::value).distinct().toList();
        var marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        var params = new java.util.ArrayList<Object>();
        params.add(workspace.value());
        params.addAll(ids);
        jdbc.sql("select " + COLUMNS + " from mention_signals where workspace_id = ? and post_id in (" + marks + ")")
                .params(params)
                .query(rs -> {
                    found.put(new PostId(rs.getObject("post_id", UUID.class)), signals(rs));
                });
        return found;
    }

    /** Complaints by the same author in the workspace since {@code since}, other than this post. */
    public int complaintsSince(WorkspaceId workspace, String authorKey, PostId except, Instant since) {
        return jdbc.sql("select count(*) from mention_signals where workspace_id = ? and author_key = ? and intent = ?"
                        + " and classified_at >= ? and post_id <> ?")
                .params(workspace.value(), authorKey, Intent.COMPLAINT.wireName(), since.atOffset(ZoneOffset.UTC), except.value())
                .query(Integer.class)
                .single();
    }

    private static String cut(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "\u2026";
    }

    private static Signals signals(ResultSet rs) throws SQLException {
        var followers = rs.getObject("followers") == null ? null : rs.getLong("followers");
        return new Signals(
                new LanguageSignal(rs.getString("language"), rs.getDouble("language_confidence"), rs.getString("language_reason")),
                new SentimentSignal(rs.getDouble("sentiment"), rs.getString("sentiment_reason")),
                new IntentSignal(Intent.fromWireName(rs.getString("intent")).orElse(Intent.OTHER), rs.getDouble("intent_confidence"),
                        rs.getString("intent_reason")),
                new RudenessSignal(rs.getDouble("rudeness"), rs.getBoolean("rude"), rs.getString("rudeness_reason")),
                new UrgencySignal(Urgency.fromWireName(rs.getString("urgency")).orElse(Urgency.NORMAL), rs.getDouble("urgency_score"),
                        rs.getString("urgency_reason")),
                new ReachSignal(reach(rs.getString("reach")), followers, rs.getString("reach_reason")));
    }

    private static Reach reach(String wire) {
        return java.util.Arrays.stream(Reach.values()).filter(r -> r.wireName().equals(wire)).findFirst().orElse(Reach.UNKNOWN);
    }
}
