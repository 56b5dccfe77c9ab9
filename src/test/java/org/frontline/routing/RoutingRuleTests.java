package org.frontline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.frontline.routing.RuleCondition.ChannelIs;
import org.frontline.routing.RuleCondition.IntentIs;
import org.frontline.routing.RuleCondition.LanguageIs;
import org.frontline.routing.RuleCondition.QueryIs;
import org.frontline.routing.RuleCondition.ReachAtLeast;
import org.frontline.routing.RuleCondition.RudenessAtLeast;
import org.frontline.routing.RuleCondition.SentimentAtMost;
import org.frontline.routing.RuleCondition.TextContains;
import org.frontline.routing.RuleCondition.UrgencyAtLeast;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RoutingRuleTests {

    private static final UUID REFUND_QUERY = UUID.randomUUID();
    private static final TeamId BILLING = new TeamId(UUID.randomUUID());
    private static final RoutingFacts COMPLAINT = new RoutingFacts(
            "x", Map.of(REFUND_QUERY, "refund"), "complaint", -0.7, 0.8, 0.9, "fr-FR", 12_000L, "Je veux un remboursement, c'est nul");

    private static RoutingRule rule(RuleCondition... conditions) {
        return new RoutingRule(UUID.randomUUID(), "Refunds", List.of(conditions), BILLING, Priority.HIGH, Set.of("billing"), Set.of());
    }

    @Test
    void matchesWhenEveryConditionHoldsAndExplainsInPlainWords() {
        var refunds = rule(new IntentIs("complaint"), new QueryIs(REFUND_QUERY));

        assertThat(refunds.matches(COMPLAINT)).isTrue();
        assertThat(refunds.explain(COMPLAINT)).isEqualTo("Rule *Refunds* matched (intent complaint, query *refund*)");
    }

    @Test
    void doesNotMatchWhenOneConditionFails() {
        assertThat(rule(new IntentIs("complaint"), new ChannelIs("reddit")).matches(COMPLAINT)).isFalse();
    }

    @Test
    void comparesSignalsAgainstThresholds() {
        assertThat(rule(new SentimentAtMost(-0.5)).matches(COMPLAINT)).isTrue();
        assertThat(rule(new RudenessAtLeast(0.9)).matches(COMPLAINT)).isFalse();
        assertThat(rule(new UrgencyAtLeast(0.9)).matches(COMPLAINT)).isTrue();
        assertThat(rule(new ReachAtLeast(10_000)).matches(COMPLAINT)).isTrue();
    }

    @Test
    void matchesLanguageByItsPrimaryTagAndTextWithoutCaseOrAccents() {
        assertThat(rule(new LanguageIs("fr")).matches(COMPLAINT)).isTrue();
        assertThat(rule(new TextContains("REMBOURSÉMENT")).matches(COMPLAINT)).isTrue();
    }

    @Test
    void unknownSignalsMatchNoConditionOnThem() {
        var unclassified = new RoutingFacts("x", Map.of(), null, null, null, null, null, null, "hello");

        assertThat(rule(new SentimentAtMost(1.0)).matches(unclassified)).isFalse();
        assertThat(rule(new IntentIs("complaint")).matches(unclassified)).isFalse();
    }

    @Test
    void aRuleWithoutConditionsCatchesEverything() {
        assertThat(rule().matches(COMPLAINT)).isTrue();
        assertThat(rule().explain(COMPLAINT)).contains("applies to every case");
    }

    @Test
    void conditionsRoundTripThroughJson() {
        var json = JsonMapper.builder().build();
        var conditions = List.<RuleCondition>of(new IntentIs("complaint"), new QueryIs(REFUND_QUERY), new ReachAtLeast(5));

        var text = json.writerFor(json.getTypeFactory().constructCollectionType(List.class, RuleCondition.class)).writeValueAsString(conditions);
        List<RuleCondition> back = json.readValue(text, json.getTypeFactory().constructCollectionType(List.class, RuleCondition.class));

        assertThat(text).contains("\"type\":\"intent\"");
        assertThat(back).isEqualTo(conditions);
    }

    @Test
    void priorityOnlyEverRises() {
        assertThat(Priority.NORMAL.atLeast(Priority.URGENT)).isEqualTo(Priority.URGENT);
        assertThat(Priority.URGENT.atLeast(Priority.LOW)).isEqualTo(Priority.URGENT);
    }
}
