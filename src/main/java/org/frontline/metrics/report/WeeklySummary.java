package org.frontline.metrics.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.frontline.metrics.DashboardFilter;
import org.frontline.metrics.ListeningFigures;
import org.frontline.metrics.ServiceFigures;
import org.frontline.metrics.Slice;
import org.frontline.metrics.internal.ListeningDashboard;
import org.frontline.metrics.internal.ServiceDashboard;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The key figures of one week (Monday to Sunday in the workspace's zone), read from the dashboards' rollups. */
@Component
class WeeklySummary {

    record Week(LocalDate monday, ZoneId zone) {

        Instant start() {
            return monday.atStartOfDay(zone).toInstant();
        }

        Instant end() {
            return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        }

        /** The last week that has fully ended at {@code now}. */
        static Week lastFullBefore(Instant now, ZoneId zone) {
            var thisMonday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new Week(thisMonday.minusWeeks(1), zone);
        }
    }

    record Figures(Week week, long mentions, List<String> days, List<Long> mentionsPerDay, List<Slice> shareOfVoice, List<Slice> topTerms,
            long responses, @Nullable Long medianFirstResponseSeconds, @Nullable Long p90FirstResponseSeconds,
            List<Slice> firstResponseDistribution, long resolutions, @Nullable Long medianResolutionSeconds, long slaMet, long slaBreached) {}

    private final ListeningDashboard listening;
    private final ServiceDashboard service;

    WeeklySummary(ListeningDashboard listening, ServiceDashboard service) {
        this.listening = listening;
        this.service = service;
    }

    Figures of(WorkspaceId workspace, Week week) {
        var filter = new DashboardFilter(week.start(), week.end(), Optional.empty(), Optional.empty(), week.zone(), Optional.empty(), Optional.empty());
        ListeningFigures heard = listening.figures(workspace, filter);
        ServiceFigures served = service.figures(workspace, filter);
        var perDay = new java.util.ArrayList<Long>();
        for (int i = 0; i < heard.buckets().size(); i++) {
            final int day = i;
            perDay.add(heard.volumeByChannel().stream().mapToLong(s -> {
                var value = s.data().get(day);
                return value == null ? 0 : value.longValue();
            }).sum());
        }
        var met = served.slaByTeam().stream().mapToLong(ServiceFigures.SlaOutcome::met).sum();
        var breached = served.slaByTeam().stream().mapToLong(ServiceFigures.SlaOutcome::breached).sum();
        return new Figures(week, heard.mentions(), heard.labels(), perDay, heard.shareOfVoiceTotal(), heard.topTerms().stream().limit(10).toList(),
                served.responses(), served.medianFirstResponseSeconds(), served.p90FirstResponseSeconds(), served.firstResponseDistribution(),
                served.resolutions(), served.medianResolutionSeconds(), met, breached);
    }
}
