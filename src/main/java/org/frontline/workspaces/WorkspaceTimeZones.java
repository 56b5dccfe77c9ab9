package org.frontline.workspaces;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.frontline.shared.WorkspaceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time zone a workspace thinks in: dashboards bucket days and hours in it, date filters are its days and
 * weekly reports its weeks. UTC until someone sets one.
 */
@Component
public class WorkspaceTimeZones {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    WorkspaceTimeZones(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Never null: UTC for a workspace without a setting (or one that no longer exists). */
    public ZoneId zoneOf(WorkspaceId workspace) {
        return jdbc.sql("select time_zone from workspace where id = ?")
                .param(workspace.value())
                .query(String.class)
                .optional()
                .map(ZoneId::of)
                .orElse(ZoneOffset.UTC);
    }

    /**
     * Sets the zone from an IANA name such as {@code Europe/Berlin}; announces {@link WorkspaceTimeZoneChanged} when it
     * differs from the one set.
     *
     * @throws IllegalArgumentException when the name is not a known region or offset
     */
    @Transactional
    public ZoneId setZone(WorkspaceId workspace, String name) {
        ZoneId zone;
        try {
            zone = ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Unknown time zone");
        }
        var previous = zoneOf(workspace);
        jdbc.sql("update workspace set time_zone = ? where id = ?").params(zone.getId(), workspace.value()).update();
        if (!previous.equals(zone)) {
            events.publishEvent(new WorkspaceTimeZoneChanged(workspace, zone));
        }
        return zone;
    }
}
