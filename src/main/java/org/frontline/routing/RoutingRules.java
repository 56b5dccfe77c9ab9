package org.frontline.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/** The ordered routing rules of a workspace: the first rule whose conditions all hold decides. */
@Component
public class RoutingRules {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JavaType CONDITIONS = JSON.getTypeFactory().constructCollectionType(List.class, RuleCondition.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RoutingSetups setups;

    RoutingRules(JdbcClient jdbc, Clock clock, RoutingSetups setups) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.setups = setups;
    }

    /** Adds a rule after the existing ones. */
    @Transactional
    public RoutingRule append(
            WorkspaceId workspace, String name, List<RuleCondition> conditions, TeamId team, Priority priority, Set<String> tags, Set<String> skills) {
        var position = jdbc.sql("select coalesce(max(position), 0) + 1 from routing_rule where workspace_id = ?")
                .param(workspace.value())
                .query(Integer.class)
                .single();
        var rule = new RoutingRule(UUID.randomUUID(), name, conditions, team, priority, tags, skills);
        jdbc.sql("insert into routing_rule (id, workspace_id, position, name, conditions, team_id, priority, tags, required_skills, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        rule.id(),
                        workspace.value(),
                        position,
                        name,
                        JSON.writerFor(CONDITIONS).writeValueAsString(rule.conditions()),
                        team.value(),
                        priority == null ? null : priority.name(),
                        String.join(",", new TreeSet<>(rule.tags())),
                        String.join(",", new TreeSet<>(rule.requiredSkills())),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        setups.changed(workspace);
        return rule;
    }

    /** The workspace's rules in the order they are tried. */
    public List<RoutingRule> list(WorkspaceId workspace) {
        return setups.of(workspace).rules();
    }

    @Transactional
    public boolean delete(WorkspaceId workspace, UUID id) {
        var deleted = jdbc.sql("delete from routing_rule where workspace_id = ? and id = ?").params(workspace.value(), id).update() == 1;
        setups.changed(workspace);
        return deleted;
    }

    static RoutingRule row(ResultSet rs, int i) throws SQLException {
        List<RuleCondition> conditions = JSON.readValue(rs.getString("conditions"), CONDITIONS);
        var priority = rs.getString("priority");
        return new RoutingRule(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                conditions,
                new TeamId(rs.getObject("team_id", UUID.class)),
                priority == null ? null : Priority.valueOf(priority),
                split(rs.getString("tags")),
                split(rs.getString("required_skills")));
    }

    private static Set<String> split(String values) {
        return values.isBlank() ? Set.of() : Arrays.stream(values.split(",")).collect(Collectors.toSet());
    }
}
