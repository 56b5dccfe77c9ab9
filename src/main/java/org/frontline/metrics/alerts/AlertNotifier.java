package org.frontline.metrics.alerts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.frontline.classify.MentionSignals;
import org.frontline.classify.Signals;
import org.frontline.ingest.PostId;
import org.frontline.ingest.PostView;
import org.frontline.ingest.Posts;
import org.frontline.matching.TrackingQueries;
import org.frontline.matching.TrackingQueryId;
import org.frontline.metrics.alerts.AlertRepository.Candidate;
import org.frontline.metrics.alerts.SpikeRule.Kind;
import org.frontline.metrics.alerts.SpikeRule.Spike;
import org.frontline.routing.ChatWebhook;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.WorkspaceAdministration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Writes an alert in words (the query, the size of the spike against the usual level, the top posts driving it)
 * and sends it to the workspace's e-mail address and Slack-compatible webhook, where set.
 */
@Component
class AlertNotifier {

    /** The words of one alert: a one-line summary (listed in the app) and the full text that is sent. */
    record Message(String subject, String summary, String text) {}

    private static final int TOP_POSTS = 3;
    private static final int POSTS_RANKED = 300;

    private final AlertRepository alerts;
    private final AlertSettings settings;
    private final TrackingQueries queries;
    private final Posts posts;
    private final MentionSignals signals;
    private final ChatWebhook webhook;
    private final ObjectProvider<JavaMailSender> mail;
    private final WorkspaceAdministration workspaces;
    private final AlertProperties properties;

    AlertNotifier(AlertRepository alerts, AlertSettings settings, TrackingQueries queries, Posts posts, MentionSignals signals,
            ChatWebhook webhook, ObjectProvider<JavaMailSender> mail, WorkspaceAdministration workspaces, AlertProperties properties) {
        this.alerts = alerts;
        this.settings = settings;
        this.queries = queries;
        this.posts = posts;
        this.signals = signals;
        this.webhook = webhook;
        this.mail = mail;
        this.workspaces = workspaces;
        this.properties = properties;
    }

    Message compose(Candidate candidate, Spike spike) {
        var workspace = new WorkspaceId(candidate.workspace());
        var query = queries.names(workspace, List.of(new TrackingQueryId(candidate.query()))).getOrDefault(new TrackingQueryId(candidate.query()), "(deleted query)");
        var observed = spike.observed();
        var summary = spike.kind() == Kind.VOLUME
                ? String.format(Locale.ROOT, "Spike on \"%s\": %d mentions in the hour from %s, %.1f× the usual %.1f", query,
                        observed.mentions(), candidate.hour(), spike.times(), spike.usualMentions())
                : String.format(Locale.ROOT, "Negative turn on \"%s\": %d of %d classified mentions negative (%.0f%%) in the hour from %s,"
                                + " usually %.0f%%", query, observed.negative(), observed.classified(), observed.negativeShare() * 100,
                        candidate.hour(), spike.usualNegativeShare() * 100);
        var text = new StringBuilder(summary).append(" (same hour of the week over the last ").append(properties.weeks()).append(" weeks).\n");
        var top = topPosts(workspace, candidate, spike.kind());
        if (!top.isEmpty()) {
            text.append("Top posts driving it:\n");
        }
        for (var post : top) {
            text.append("- @").append(post.author().handle()).append(" on ").append(post.channel().wireName()).append(": ")
                    .append(shorten(post.text())).append(post.url() == null ? "" : " " + post.url()).append('\n');
        }
        text.append("Dashboard: ").append(properties.publicUrl()).append("/w/").append(workspaces.slugOf(workspace).orElse(""))
                .append("/dashboards/listening?query=").append(candidate.query()).append('\n');
        var subject = "[Frontline] " + (spike.kind() == Kind.VOLUME ? "Spike" : "Negative turn") + " on " + query;
        return new Message(subject, summary, text.toString());
    }

    void send(Candidate candidate, Message message) {
        var destinations = settings.of(new WorkspaceId(candidate.workspace()));
        AlertSettings.present(destinations.webhookUrl()).ifPresent(url -> webhook.post(url, message.text()));
        var sender = mail.getIfAvailable();
        AlertSettings.present(destinations.email()).filter(to -> sender != null).ifPresent(to -> {
            var mailMessage = new SimpleMailMessage();
            mailMessage.setTo(to);
            mailMessage.setSubject(message.subject());
            mailMessage.setText(message.text());
            sender.send(mailMessage);
        });
    }

    /** The posts that weigh most: the most negative first for a negative turn, then those with the widest reach. */
    private List<PostView> topPosts(WorkspaceId workspace, Candidate candidate, Kind kind) {
        var ids = alerts.postsOf(candidate.workspace(), candidate.query(), candidate.hour(), POSTS_RANKED).stream().map(PostId::new).toList();
        var byPost = signals.findAll(workspace, ids);
        Comparator<PostId> reach = Comparator.comparingLong(id -> followers(byPost.get(id)));
        Comparator<PostId> order = kind == Kind.NEGATIVE
                ? Comparator.<PostId>comparingDouble(id -> sentiment(byPost.get(id))).thenComparing(reach.reversed())
                : reach.reversed();
        return ids.stream().sorted(order).limit(TOP_POSTS).flatMap(id -> posts.find(workspace, id).stream()).toList();
    }

    private static long followers(@Nullable Signals signals) {
        return signals == null || signals.reach().followers() == null ? 0 : signals.reach().followers();
    }

    private static double sentiment(@Nullable Signals signals) {
        return signals == null ? 0 : signals.sentiment().score();
    }

    private static String shorten(String text) {
        var flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }
}
