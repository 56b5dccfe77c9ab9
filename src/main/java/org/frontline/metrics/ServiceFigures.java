package org.frontline.metrics;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The service dashboard's data: first response and resolution time over the range (median and p90 in seconds,
 * null when no case qualified, and the distribution in bands), the backlog by active status and the workload
 * per team at the end of each bucket, open cases per agent now, SLA outcomes by team and by priority, and cases
 * opened by hour of day and weekday in {@code hourZone} (the selected team's zone, else the workspace's).
 */
public record ServiceFigures(
        String zone,
        List<Instant> buckets,
        List<String> labels,
        long responses,
        @Nullable Long medianFirstResponseSeconds,
        @Nullable Long p90FirstResponseSeconds,
        List<Slice> firstResponseDistribution,
        long resolutions,
        @Nullable Long medianResolutionSeconds,
        @Nullable Long p90ResolutionSeconds,
        List<Slice> resolutionDistribution,
        List<Series> backlog,
        List<Series> workloadByTeam,
        List<AgentLoad> openByAgentNow,
        List<SlaOutcome> slaByTeam,
        List<SlaOutcome> slaByPriority,
        String hourZone,
        List<Long> openedByHour,
        List<List<Long>> openedByWeekdayAndHour) {

    /** An agent's active cases now; {@code agentId} null for the cases waiting unassigned. */
    public record AgentLoad(@Nullable String agentId, String name, long open) {}

    /** Met and breached targets of one kind ({@code first_response}, {@code resolution}) for one team or priority. */
    public record SlaOutcome(String group, @Nullable String groupId, String kind, long met, long breached) {}
}
