package org.frontline.routing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.routing.Priority;
import org.frontline.routing.SlaKind;
import org.frontline.routing.SlaTimer;
import org.frontline.routing.TeamId;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sla_timer table: one row per case and target, with its computed deadlines. */
@Repository
public class SlaTimerRepository {

    private static final String COLUMNS = "case_id, kind, workspace_id, team_id, priority, business_hours, target_seconds,"
            + " consumed_seconds, running_since, at_risk_at, due_at, met_at";

    /** A timer with the deadlines computed for it. */
    public record Schedule(SlaTimer timer, @Nullable Instant atRiskAt, @Nullable Instant dueAt) {}

    /** A stored timer. */
    public record StoredTimer(
            UUID caseId,
            SlaKind kind,
            WorkspaceId workspace,
            @Nullable TeamId team,
            Priority priority,
            boolean businessHours,
            SlaTimer timer,
            @Nullable Instant atRiskAt,
            @Nullable Instant dueAt,
            @Nullable Instant metAt) {}

    private final JdbcClient jdbc;

    SlaTimerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertIfAbsent(
            WorkspaceId workspace, UUID caseId, SlaKind kind, @Nullable TeamId team, Priority priority, boolean businessHours, Schedule schedule) {
        if (find(workspace, caseId, kind).isEmpty()) {
            insert(workspace, caseId, kind, team, priority, businessHours, schedule);
        }
    }

    public void replace(
            WorkspaceId workspace, UUID caseId, SlaKind kind, @Nullable TeamId team, Priority priority, boolean businessHours, Schedule schedule) {
        jdbc.sql("delete from sla_timer where workspace_id = ? and case_id = ? and kind = ?")
                .params(workspace.value(), caseId, kind.name())
                .update();
        insert(workspace, caseId, kind, team, priority, businessHours, schedule);
    }

    public void update(WorkspaceId workspace, UUID caseId, SlaKind kind, Schedule schedule) {
        var timer = schedule.timer();
        jdbc.sql("update sla_timer set consumed_seconds = ?, running_since = ?, at_risk_at = ?, due_at = ?"
                        + " where workspace_id = ? and case_id = ? and kind = ?")
                .params(timer.consumed().toSeconds(), utc(timer.runningSince()), utc(schedule.atRiskAt()), utc(schedule.dueAt()),
                        workspace.value(), caseId, kind.name())
                .update();
    }

    public void meet(WorkspaceId workspace, UUID caseId, SlaKind kind, Instant at) {
        jdbc.sql("update sla_timer set met_at = ?, running_since = null where workspace_id = ? and case_id = ? and kind = ? and met_at is null")
                .params(utc(at), workspace.value(), caseId, kind.name())
                .update();
    }

    public Optional<StoredTimer> find(WorkspaceId workspace, UUID caseId, SlaKind kind) {
        return jdbc.sql("select " + COLUMNS + " from sla_timer where workspace_id = ? and case_id = ? and kind = ?")
                .params(workspace.value(), caseId, kind.name())
                .query(SlaTimerRepository::row)
                .optional();
    }

    public List<StoredTimer> unmet(WorkspaceId workspace, UUID caseId) {
        return unmet(workspace, List.of(caseId));
    }

    public List<StoredTimer> unmet(WorkspaceId workspace, Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from sla_timer where workspace_id = :workspace and case_id in (:cases) and met_at is null")
                .param("workspace", workspace.value())
                .param("cases", List.copyOf(caseIds))
                .query(SlaTimerRepository::row)
                .list();
    }

    /** Running, unmet timers whose at-risk moment has come and that have not been announced yet. */
    public List<StoredTimer> dueForAtRisk(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from sla_timer where met_at is null and running_since is not null"
                        + " and at_risk_fired_at is null and at_risk_at <= ? order by at_risk_at fetch first " + limit + " rows only")
                .param(utc(now))
                .query(SlaTimerRepository::row)
                .list();
    }

    /** Running, unmet timers past their deadline that have not been announced yet. */
    public List<StoredTimer> dueForBreach(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from sla_timer where met_at is null and running_since is not null"
                        + " and breached_fired_at is null and due_at <= ? order by due_at fetch first " + limit + " rows only")
                .param(utc(now))
                .query(SlaTimerRepository::row)
                .list();
    }

    /** Claims the at-risk announcement; true for exactly one caller, however many nodes try. */
    public boolean claimAtRisk(StoredTimer timer, Instant now) {
        return jdbc.sql("update sla_timer set at_risk_fired_at = ? where case_id = ? and kind = ? and at_risk_fired_at is null")
                        .params(utc(now), timer.caseId(), timer.kind().name())
                        .update()
                == 1;
    }

    /** Claims the breach announcement; true for exactly one caller. */
    public boolean claimBreach(StoredTimer timer, Instant now) {
        return jdbc.sql("update sla_timer set breached_fired_at = ?, at_risk_fired_at = coalesce(at_risk_fired_at, ?)"
                        + " where case_id = ? and kind = ? and breached_fired_at is null")
                        .params(utc(now), utc(now), timer.caseId(), timer.kind().name())
                        .update()
                == 1;
    }

    private void insert(
            WorkspaceId workspace, UUID caseId, SlaKind kind, @Nullable TeamId team, Priority priority, boolean businessHours, Schedule schedule) {
        var timer = schedule.timer();
        jdbc.sql("insert into sla_timer (case_id, kind, workspace_id, team_id, priority, business_hours, target_seconds, consumed_seconds,"
                        + " running_since, at_risk_at, due_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, kind.name(), workspace.value(), team == null ? null : team.value(), priority.name(), businessHours,
                        timer.target().toSeconds(), timer.consumed().toSeconds(), utc(timer.runningSince()),
                        utc(schedule.atRiskAt()), utc(schedule.dueAt()))
                .update();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static StoredTimer row(ResultSet rs, int i) throws SQLException {
        var team = rs.getObject("team_id", UUID.class);
        var timer = new SlaTimer(
                Duration.ofSeconds(rs.getLong("target_seconds")), Duration.ofSeconds(rs.getLong("consumed_seconds")), instant(rs, "running_since"));
        return new StoredTimer(
                rs.getObject("case_id", UUID.class),
                SlaKind.valueOf(rs.getString("kind")),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                team == null ? null : new TeamId(team),
                Priority.valueOf(rs.getString("priority")),
                rs.getBoolean("business_hours"),
                timer,
                instant(rs, "at_risk_at"),
                instant(rs, "due_at"),
                instant(rs, "met_at"));
    }
}
