package org.frontline.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.matching.TrackingQueryId;
import org.frontline.replies.Replies;
import org.frontline.routing.AgentId;
import org.frontline.routing.Agents;
import org.frontline.routing.BusinessHours;
import org.frontline.routing.BusinessHours.OpeningHours;
import org.frontline.routing.Priority;
import org.frontline.routing.RoutingRules;
import org.frontline.routing.RuleCondition;
import org.frontline.routing.SlaPolicies;
import org.frontline.routing.TeamId;
import org.frontline.routing.Teams;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * The demo's teams, agents in four time zones (follow the sun), routing rules and SLA policies, including
 * "urgent: first response within 20 minutes".
 */
@Component
class DemoRouting {

    private final Teams teams;
    private final Agents agents;
    private final RoutingRules rules;
    private final SlaPolicies policies;
    private final Replies replies;

    DemoRouting(Teams teams, Agents agents, RoutingRules rules, SlaPolicies policies, Replies replies) {
        this.teams = teams;
        this.agents = agents;
        this.rules = rules;
        this.policies = policies;
        this.replies = replies;
    }

    void setUp(WorkspaceId workspace, TeamId support, TrackingQueryId billingQuery, TrackingQueryId outageQuery) {
        var billing = teams.create(workspace, "Billing", false);
        var ana = agent(workspace, "Ana", "Europe/Paris", Set.of("fr", "en", "es"), Set.of("billing"));
        var ben = agent(workspace, "Ben", "America/New_York", Set.of("en"), Set.of("hardware"));
        var kenji = agent(workspace, "Kenji", "Asia/Tokyo", Set.of("ja", "en", "ko"), Set.of("hardware"));
        var lucia = agent(workspace, "Lucía", "America/Sao_Paulo", Set.of("es", "pt", "en"), Set.of("billing"));
        var jonas = agent(workspace, "Jonas", "Europe/Berlin", Set.of("de", "nl", "sv", "pl", "en"), Set.of("hardware"));
        for (var agent : List.of(ana, ben, kenji, jonas, lucia)) {
            agents.addToTeam(workspace, support, agent);
        }
        agents.addToTeam(workspace, billing, ana);
        agents.addToTeam(workspace, billing, lucia);
        rules.append(workspace, "Refunds", List.of(new RuleCondition.QueryIs(billingQuery.value())), billing, Priority.HIGH,
                Set.of("billing"), Set.of("billing"));
        rules.append(workspace, "Outages", List.of(new RuleCondition.QueryIs(outageQuery.value())), support, Priority.HIGH,
                Set.of("outage"), Set.of());
        policies.set(workspace, null, Priority.URGENT, Duration.ofMinutes(20), Duration.ofMinutes(30), Duration.ofHours(8), false);
        policies.set(workspace, null, Priority.HIGH, Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(24), false);
        policies.set(workspace, null, Priority.NORMAL, Duration.ofHours(4), Duration.ofHours(8), Duration.ofDays(3), false);
        policies.set(workspace, null, Priority.LOW, Duration.ofHours(24), Duration.ofHours(24), Duration.ofDays(7), false);
        replies.saveCannedResponse(workspace, "Sorry, looking into it",
                "Hi {{contact.name}}, sorry about this! We are looking into it now and will get back to you here. (ref {{case.id}})");
        replies.saveCannedResponse(workspace, "Refund on its way",
                "Hi {{contact.name}}, your refund is on its way and should reach you within 5 business days. (ref {{case.id}})");
        replies.saveCannedResponse(workspace, "Thanks for the kind words",
                "Thank you so much, {{contact.name}}! We will pass this on to the team.");
    }

    /** Every day 08:00–20:00 in the agent's own time zone: together the agents cover most of the clock. */
    private AgentId agent(WorkspaceId workspace, String name, String zone, Set<String> languages, Set<String> skills) {
        var weekly = new EnumMap<DayOfWeek, List<OpeningHours>>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            weekly.put(day, List.of(new OpeningHours(LocalTime.of(8, 0), LocalTime.of(20, 0))));
        }
        var hours = new BusinessHours(ZoneId.of(zone), Map.copyOf(weekly), Set.of());
        var email = name.toLowerCase(java.util.Locale.ROOT).replace("í", "i") + "@acme.example";
        return agents.create(workspace, name, email, languages, skills, hours, 40);
    }
}
