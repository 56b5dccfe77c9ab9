package org.frontline.metrics.report;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.frontline.metrics.Slice;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.WorkspaceAdministration;
import org.frontline.workspaces.WorkspaceTimeZones;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends each workspace's weekly summary once, after its week (Monday to Sunday, workspace time) has ended: HTML
 * with the key figures and two PNG charts inline. A week is claimed in {@code metrics_report_sent} before the
 * mail goes out and released when sending fails, so nodes and restarts never send it twice; a crash between the
 * claim and the hand-over to SMTP loses that week's mail rather than risk a duplicate.
 */
@Component
public class WeeklyReportSender {

    private static final Logger log = LoggerFactory.getLogger(WeeklyReportSender.class);

    private final ReportRecipients recipients;
    private final WeeklySummary summary;
    private final WorkspaceTimeZones zones;
    private final WorkspaceAdministration workspaces;
    private final ObjectProvider<JavaMailSender> sender;
    private final ReportProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    WeeklyReportSender(ReportRecipients recipients, WeeklySummary summary, WorkspaceTimeZones zones, WorkspaceAdministration workspaces,
            ObjectProvider<JavaMailSender> sender, ReportProperties properties, JdbcClient jdbc, Clock clock) {
        this.recipients = recipients;
        this.summary = summary;
        this.zones = zones;
        this.workspaces = workspaces;
        this.sender = sender;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${frontline.metrics.reports.cron:0 7 * * * *}")
    void hourly() {
        if (properties.enabled()) {
            sendDue(clock.instant());
        }
    }

    /** Sends every report due at {@code now} that was not sent yet; answers how many went out. */
    public int sendDue(Instant now) {
        var mailer = sender.getIfAvailable();
        if (mailer == null) {
            return 0;
        }
        var sent = 0;
        for (var workspace : recipients.workspacesWithRecipients()) {
            var week = WeeklySummary.Week.lastFullBefore(now, zones.zoneOf(workspace));
            if (claim(workspace, week, now)) {
                sent += send(mailer, workspace, week) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender mailer, WorkspaceId workspace, WeeklySummary.Week week) {
        var to = recipients.of(workspace);
        try {
            var figures = summary.of(workspace, week);
            var message = mailer.createMimeMessage();
            var mail = new MimeMessageHelper(message, true, "UTF-8");
            mail.setFrom(properties.from());
            mail.setTo(to.toArray(String[]::new));
            var name = workspaces.slugOf(workspace).orElse("workspace");
            mail.setSubject("Weekly summary for " + name + ", week of " + week.monday());
            mail.setText(WeeklyReportText.plain(name, figures), WeeklyReportText.html(name, figures));
            mail.addInline("mentions", new ByteArrayResource(ChartImages.bars("Mentions per day", shortDays(figures.days()), figures.mentionsPerDay())), "image/png");
            mail.addInline("first-response", new ByteArrayResource(ChartImages.bars("First response time (cases)",
                    figures.firstResponseDistribution().stream().map(Slice::name).toList(),
                    figures.firstResponseDistribution().stream().map(Slice::value).toList())), "image/png");
            mailer.send(message);
            return true;
        } catch (MessagingException | MailException e) {
            log.warn("Could not send the weekly summary of {}: {}", workspace.value(), e.getClass().getSimpleName());
            jdbc.sql("delete from metrics_report_sent where workspace_id = ? and week_start = ?").params(workspace.value(), week.monday()).update();
            return false;
        }
    }

    private boolean claim(WorkspaceId workspace, WeeklySummary.Week week, Instant now) {
        return jdbc.sql("insert into metrics_report_sent (workspace_id, week_start, sent_at) values (?, ?, ?) on conflict do nothing")
                        .params(workspace.value(), week.monday(), now.atOffset(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    private static List<String> shortDays(List<String> days) {
        return days.stream().map(d -> d.length() >= 10 ? d.substring(5, 10) : d).toList();
    }

    /** The text parts; everything from posts (terms) is escaped for HTML. */
    static final class WeeklyReportText {

        private WeeklyReportText() {}

        static String plain(String workspace, WeeklySummary.Figures f) {
            return "Weekly summary for " + workspace + ", " + f.week().monday() + " to " + f.week().monday().plusDays(6)
                    + " (" + f.week().zone().getId() + ")\n\n"
                    + "Mentions: " + f.mentions() + "\n"
                    + "Share of voice: " + slices(f.shareOfVoice()) + "\n"
                    + "Cases answered: " + f.responses() + ", median first response " + duration(f.medianFirstResponseSeconds())
                    + ", p90 " + duration(f.p90FirstResponseSeconds()) + "\n"
                    + "Cases resolved: " + f.resolutions() + ", median resolution " + duration(f.medianResolutionSeconds()) + "\n"
                    + "SLA targets met: " + f.slaMet() + ", breached: " + f.slaBreached() + "\n"
                    + "Top terms: " + slices(f.topTerms()) + "\n";
        }

        static String html(String workspace, WeeklySummary.Figures f) {
            return "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">"
                    + "<h1>Weekly summary for " + HtmlUtils.htmlEscape(workspace) + "</h1>"
                    + "<p>" + f.week().monday() + " to " + f.week().monday().plusDays(6) + " (" + HtmlUtils.htmlEscape(f.week().zone().getId()) + ")</p>"
                    + "<table cellpadding=\"4\">"
                    + row("Mentions", String.valueOf(f.mentions()))
                    + row("Share of voice", slices(f.shareOfVoice()))
                    + row("Cases answered", f.responses() + " (median " + duration(f.medianFirstResponseSeconds()) + ", p90 "
                            + duration(f.p90FirstResponseSeconds()) + ")")
                    + row("Cases resolved", f.resolutions() + " (median " + duration(f.medianResolutionSeconds()) + ")")
                    + row("SLA targets", f.slaMet() + " met, " + f.slaBreached() + " breached")
                    + row("Top terms", slices(f.topTerms()))
                    + "</table>"
                    + "<p><img src=\"cid:mentions\" alt=\"Mentions per day\" width=\"640\" height=\"260\"></p>"
                    + "<p><img src=\"cid:first-response\" alt=\"First response time\" width=\"640\" height=\"260\"></p>"
                    + "</body></html>";
        }

        private static String row(String name, String value) {
            return "<tr><th align=\"left\">" + name + "</th><td>" + HtmlUtils.htmlEscape(value) + "</td></tr>";
        }

        private static String slices(List<Slice> slices) {
            return slices.isEmpty() ? "–" : String.join(", ", slices.stream().map(s -> s.name() + " " + s.value()).toList());
        }

        private static String duration(@Nullable Long seconds) {
            if (seconds == null) {
                return "–";
            }
            return seconds < 3600 ? Math.round(seconds / 60.0) + " min" : String.format(java.util.Locale.ROOT, "%.1f h", seconds / 3600.0);
        }
    }
}
