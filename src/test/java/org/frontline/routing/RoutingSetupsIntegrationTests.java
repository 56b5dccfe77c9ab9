package org.frontline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The routing setup kept in memory follows every change at once, and never keeps what was not committed. */
@SpringBootTest
@ActiveProfiles("test")
class RoutingSetupsIntegrationTests {

    private static final AgentLoads NOBODY_BUSY = (workspace, agents) -> Map.of();

    @Autowired
    ApplicationContext context;

    @Autowired
    Router router;

    @Autowired
    Teams teams;

    @Autowired
    Agents agents;

    @Autowired
    RoutingRules rules;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aRuleAddedAfterADecisionDecidesTheNextOne() {
        var ws = new TestWorkspaces(context).create().id();
        var billing = teams.create(ws, "Billing", false);
        assertThat(router.route(ws, refund(), NOBODY_BUSY).explanation()).startsWith("No routing rule applies");

        var rule = rules.append(ws, "Refunds", List.of(new RuleCondition.TextContains("refund")), billing, Priority.HIGH, Set.of(), Set.of());
        assertThat(router.route(ws, refund(), NOBODY_BUSY).team()).isEqualTo(billing);

        rules.delete(ws, rule.id());
        assertThat(router.route(ws, refund(), NOBODY_BUSY).explanation()).startsWith("No routing rule applies");
    }

    @Test
    void anAgentJoiningATeamIsACandidateForTheNextCase() {
        var ws = new TestWorkspaces(context).create().id();
        var support = teams.list(ws).getFirst().id();
        assertThat(router.route(ws, refund(), NOBODY_BUSY).agent()).isNull();

        var ana = agents.create(ws, "Ana", "ana@example.test", Set.of("en"), Set.of(), BusinessHours.always(java.time.ZoneOffset.UTC), 5);
        assertThat(router.route(ws, refund(), NOBODY_BUSY).agent()).isNull();
        agents.addToTeam(ws, support, ana);

        assertThat(router.route(ws, refund(), NOBODY_BUSY).agent()).isEqualTo(ana);
        assertThat(agents.names(ws, List.of(ana))).containsEntry(ana, "Ana");
    }

    @Test
    void aStrategyAndCalendarChangeTakeEffectForTheNextCase() {
        var ws = new TestWorkspaces(context).create().id();
        var support = teams.list(ws).getFirst().id();
        var always = BusinessHours.always(java.time.ZoneOffset.UTC);
        var ana = agents.create(ws, "Ana", "ana@example.test", Set.of("en"), Set.of(), always, 5);
        var ben = agents.create(ws, "Ben", "ben@example.test", Set.of("en"), Set.of(), always, 5);
        agents.addToTeam(ws, support, ana);
        agents.addToTeam(ws, support, ben);
        assertThat(router.route(ws, refund(), NOBODY_BUSY).agent()).isEqualTo(router.route(ws, refund(), NOBODY_BUSY).agent());

        teams.setStrategy(ws, support, AgentPicker.Strategy.ROUND_ROBIN);
        assertThat(router.route(ws, refund(), NOBODY_BUSY).agent()).isNotEqualTo(router.route(ws, refund(), NOBODY_BUSY).agent());

        var tokyo = BusinessHours.always(java.time.ZoneId.of("Asia/Tokyo"));
        teams.setHours(ws, support, tokyo);
        assertThat(teams.hours(ws, support)).isEqualTo(tokyo);
    }

    @Test
    void aRolledBackChangeIsNotKept() {
        var ws = new TestWorkspaces(context).create().id();
        var billing = teams.create(ws, "Billing", false);
        transactions.executeWithoutResult(status -> {
            rules.append(ws, "Refunds", List.of(new RuleCondition.TextContains("refund")), billing, Priority.HIGH, Set.of(), Set.of());
            // Inside the writing transaction its own change is visible.
            assertThat(router.route(ws, refund(), NOBODY_BUSY).team()).isEqualTo(billing);
            status.setRollbackOnly();
        });

        assertThat(rules.list(ws)).isEmpty();
        assertThat(router.route(ws, refund(), NOBODY_BUSY).explanation()).startsWith("No routing rule applies");
    }

    @Test
    void aSetupReadWhileAChangeIsUncommittedIsNotKeptAfterTheCommit() {
        var ws = new TestWorkspaces(context).create().id();
        var billing = teams.create(ws, "Billing", false);
        transactions.executeWithoutResult(status -> {
            rules.append(ws, "Refunds", List.of(new RuleCondition.TextContains("refund")), billing, Priority.HIGH, Set.of(), Set.of());
            // Another connection reads the committed setup (still without the rule) while this one is open.
            assertThat(CompletableFuture.supplyAsync(() -> rules.list(ws)).join()).isEmpty();
        });

        assertThat(rules.list(ws)).extracting(RoutingRule::name).containsExactly("Refunds");
        assertThat(router.route(ws, refund(), NOBODY_BUSY).team()).isEqualTo(billing);
    }

    private static RoutingFacts refund() {
        return new RoutingFacts("x", Map.of(), "complaint", -0.5, 0.0, 0.2, "en", 10L, "I want a refund");
    }
}
