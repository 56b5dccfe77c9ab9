package org.frontline.routing;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The teams of a workspace. */
@Component
public class Teams {

    private final JdbcClient jdbc;
    private final Clock clock;

    Teams(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a team; a new default team takes the default role from the previous one. */
    @Transactional
    public TeamId create(WorkspaceId workspace, String name, boolean isDefault) {
        if (isDefault) {
            jdbc.sql("update team set is_default = false where workspace_id = ?").param(workspace.value()).update();
        }
        var id = new TeamId(UUID.randomUUID());
        jdbc.sql("insert into team (id, workspace_id, name, is_default, created_at) values (?, ?, ?, ?, ?)")
                .params(id.value(), workspace.value(), name, isDefault, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return id;
    }

    public List<Team> list(WorkspaceId workspace) {
        return jdbc.sql("select id, name, is_default from team where workspace_id = ? order by name")
                .param(workspace.value())
                .query((rs, i) -> new Team(new TeamId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getBoolean("is_default")))
                .list();
    }

    public Optional<Team> defaultTeam(WorkspaceId workspace) {
        return list(workspace).stream().filter(Team::isDefault).findFirst();
    }

    public Map<TeamId, String> names(WorkspaceId workspace, Collection<TeamId> ids) {
        var wanted = java.util.Set.copyOf(ids);
        return list(workspace).stream().filter(t -> wanted.contains(t.id())).collect(Collectors.toMap(Team::id, Team::name));
    }
}
