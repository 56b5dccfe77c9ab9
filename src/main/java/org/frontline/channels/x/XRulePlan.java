package org.frontline.channels.x;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.matching.NativeFilter;
import org.frontline.matching.NativeFilters;

/**
 * Which filtered-stream rules the workspace's live queries need, within the access level's rule count and length, and
 * what that means for each query: streamed exactly, streamed as a broader rule with the rest checked in Frontline, or
 * not streamed (and why). Queries are taken in order, so the earliest keep their rules when the count runs out.
 */
record XRulePlan(List<Rule> rules, List<Outcome> outcomes) {

    static final String TAG_PREFIX = "frontline:";

    /** One rule as X stores it; the tag names the query it serves. */
    record Rule(String value, String tag) {}

    /** A live query to stream. */
    record Query(String id, String name, String text) {}

    enum Coverage {
        EXACT,
        BROADER,
        NOT_STREAMED
    }

    record Outcome(String queryId, String queryName, Coverage coverage, List<String> reasons) {}

    /** @param available the rules this app may still add (the tier's count less the rules others keep on the stream) */
    static XRulePlan of(List<Query> queries, int available, int maxLength) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (var query : queries) {
            var filter = NativeFilters.xRule(query.text(), maxLength);
            if (!filter.usable()) {
                outcomes.add(new Outcome(query.id(), query.name(), Coverage.NOT_STREAMED, filter.notes()));
                continue;
            }
            var needed = filter.filters().stream().filter(value -> !rules.containsKey(value)).toList();
            if (rules.size() + needed.size() > available) {
                outcomes.add(new Outcome(query.id(), query.name(), Coverage.NOT_STREAMED, List.of("The access level's limit of rules is reached ("
                        + available + " available to Frontline); it sees only mentions and posts of other rules.")));
                continue;
            }
            for (int i = 0; i < needed.size(); i++) {
                var tag = TAG_PREFIX + query.id() + (needed.size() > 1 ? ":" + (i + 1) : "");
                rules.put(needed.get(i), new Rule(needed.get(i), tag));
            }
            outcomes.add(new Outcome(query.id(), query.name(), filter.fit() == NativeFilter.Fit.EXACT ? Coverage.EXACT : Coverage.BROADER, filter.notes()));
        }
        return new XRulePlan(List.copyOf(rules.values()), List.copyOf(outcomes));
    }

    /** The plan without the rules X refused; their queries are reported as not streamed, with X's reason. */
    XRulePlan without(Map<String, String> refusedByValue) {
        if (refusedByValue.isEmpty()) {
            return this;
        }
        var refusedQueries = new LinkedHashMap<String, String>();
        rules.stream().filter(rule -> refusedByValue.containsKey(rule.value())).forEach(rule ->
                refusedQueries.put(rule.tag().substring(TAG_PREFIX.length()).replaceAll(":[0-9]+$", ""), refusedByValue.get(rule.value())));
        var kept = rules.stream().filter(rule -> !refusedQueries.containsKey(rule.tag().substring(TAG_PREFIX.length()).replaceAll(":[0-9]+$", ""))).toList();
        var outcomes = this.outcomes.stream().map(o -> refusedQueries.containsKey(o.queryId())
                ? new Outcome(o.queryId(), o.queryName(), Coverage.NOT_STREAMED, List.of("X refused the rule: " + refusedQueries.get(o.queryId())))
                : o).toList();
        return new XRulePlan(kept, outcomes);
    }

    /** A sentence for the Channels page. */
    String summary() {
        var broader = outcomes.stream().filter(o -> o.coverage() == Coverage.BROADER).map(Outcome::queryName).toList();
        var missing = outcomes.stream().filter(o -> o.coverage() == Coverage.NOT_STREAMED).map(Outcome::queryName).toList();
        var sentence = new StringBuilder(rules.size() + " rules on the filtered stream");
        if (!broader.isEmpty()) {
            sentence.append("; broader rule plus checking in Frontline: ").append(String.join(", ", broader));
        }
        if (!missing.isEmpty()) {
            sentence.append("; not on the stream: ").append(String.join(", ", missing));
        }
        return sentence.toString();
    }
}
