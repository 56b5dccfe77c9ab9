package org.frontline.routing;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An ordered rule: when all its conditions hold (a rule without conditions always holds), the case goes to
 * {@code team}, gets at least {@code priority} and the tags, and needs an agent with {@code requiredSkills}.
 */
public record RoutingRule(
        UUID id,
        String name,
        List<RuleCondition> conditions,
        TeamId team,
        @Nullable Priority priority,
        Set<String> tags,
        Set<String> requiredSkills) {

    public RoutingRule {
        conditions = List.copyOf(conditions);
        tags = Set.copyOf(tags);
        requiredSkills = Set.copyOf(requiredSkills);
    }

    public boolean matches(RoutingFacts facts) {
        return conditions.stream().allMatch(c -> c.matches(facts));
    }

    /** "Rule *Refunds* matched (intent complaint, query *refund*)". */
    public String explain(RoutingFacts facts) {
        if (conditions.isEmpty()) {
            return "Rule *" + name + "* matched (it applies to every case)";
        }
        return "Rule *" + name + "* matched ("
                + conditions.stream().map(c -> c.describe(facts)).collect(Collectors.joining(", ")) + ")";
    }
}
