package org.frontline.channels.x;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.frontline.channels.x.XRulePlan.Coverage;
import org.junit.jupiter.api.Test;

class XRulePlanTests {

    @Test
    void tellsWhichQueriesAreStreamedExactlyBroaderOrNotAtAll() {
        var plan = XRulePlan.of(List.of(
                new XRulePlan.Query("1", "Refunds", "acme (refund OR \"money back\")"),
                new XRulePlan.Query("2", "Near", "acme NEAR/3 broken"),
                new XRulePlan.Query("3", "French", "lang:fr"),
                new XRulePlan.Query("4", "Reddit only", "acme channel:reddit")), 1_000, 1_024);

        assertThat(plan.rules()).containsExactly(
                new XRulePlan.Rule("acme (refund OR \"money back\")", "frontline:1"), new XRulePlan.Rule("acme broken", "frontline:2"));
        assertThat(plan.outcomes()).extracting(XRulePlan.Outcome::coverage)
                .containsExactly(Coverage.EXACT, Coverage.BROADER, Coverage.NOT_STREAMED, Coverage.NOT_STREAMED);
        assertThat(plan.outcomes().get(1).reasons()).anyMatch(r -> r.contains("no proximity operator"));
        assertThat(plan.outcomes().get(3).reasons()).containsExactly("This query never matches a post from X.");
    }

    @Test
    void keepsWithinTheRuleCountTheEarliestQueriesFirst() {
        var queries = IntStream.range(0, 5).mapToObj(i -> new XRulePlan.Query("q" + i, "Query " + i, "brand" + i)).toList();

        var plan = XRulePlan.of(queries, 3, 512);

        assertThat(plan.rules()).extracting(XRulePlan.Rule::value).containsExactly("brand0", "brand1", "brand2");
        assertThat(plan.outcomes().get(3).coverage()).isEqualTo(Coverage.NOT_STREAMED);
        assertThat(plan.outcomes().get(3).reasons()).singleElement().asString().contains("limit of rules");
        assertThat(plan.summary()).contains("3 rules").contains("not on the stream: Query 3, Query 4");
    }

    @Test
    void splitsALongQueryIntoTaggedRulesWithinTheLengthLimit() {
        var words = IntStream.range(0, 40).mapToObj(i -> "productname" + i).toList();
        var plan = XRulePlan.of(List.of(new XRulePlan.Query("q", "Products", String.join(" OR ", words))), 1_000, 100);

        assertThat(plan.rules()).hasSizeGreaterThan(5).allSatisfy(rule -> {
            assertThat(rule.value().length()).isLessThanOrEqualTo(100);
            assertThat(rule.tag()).startsWith("frontline:q:");
        });
    }

    @Test
    void twoQueriesWithTheSameRuleShareIt() {
        var plan = XRulePlan.of(List.of(new XRulePlan.Query("a", "A", "acme"), new XRulePlan.Query("b", "B", "ACME")), 1, 512);

        assertThat(plan.rules()).hasSize(1);
        assertThat(plan.outcomes()).extracting(XRulePlan.Outcome::coverage).containsExactly(Coverage.EXACT, Coverage.EXACT);
    }
}
