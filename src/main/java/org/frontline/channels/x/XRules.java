package org.frontline.channels.x;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontline.channels.social.SocialConnection;
import org.frontline.matching.TrackingQueries;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Keeps the app's filtered-stream rules in step with the workspace's live tracking queries: Frontline's rules (tagged
 * {@code frontline:<query id>}) that no query needs any more are deleted, missing ones are validated with
 * {@code dry_run} and added. Rules someone else put on the app's stream are left alone and count against the limit.
 */
@Component
class XRules {

    private final XApi api;
    private final TrackingQueries queries;

    XRules(XApi api, TrackingQueries queries) {
        this.api = api;
        this.queries = queries;
    }

    /** Synchronises and returns the plan as applied; rules X refused are reported as not streamed. */
    XRulePlan sync(SocialConnection connection) {
        var tier = api.credentials(connection).tier();
        if (!tier.streams()) {
            return new XRulePlan(List.of(), List.of());
        }
        var current = api.get(connection, XApi.Token.APP, "/2/tweets/search/stream/rules");
        var ours = new ArrayList<JsonNode>();
        var foreign = 0;
        for (var rule : current.path("data")) {
            if (rule.path("tag").asString("").startsWith(XRulePlan.TAG_PREFIX)) {
                ours.add(rule);
            } else {
                foreign++;
            }
        }
        var plan = XRulePlan.of(live(connection), tier.maxRules() - foreign, tier.maxRuleLength());
        var refused = check(connection, ours, plan);
        var applied = plan.without(refused);
        delete(connection, ours, applied);
        add(connection, ours, applied);
        return applied;
    }

    private List<XRulePlan.Query> live(SocialConnection connection) {
        return queries.list(connection.workspace()).stream()
                .filter(q -> !q.paused())
                .map(q -> new XRulePlan.Query(q.id().toString(), q.name(), q.query()))
                .toList();
    }

    private void delete(SocialConnection connection, List<JsonNode> ours, XRulePlan plan) {
        Set<XRulePlan.Rule> wanted = new HashSet<>(plan.rules());
        var stale = XApi.JSON.createArrayNode();
        for (var rule : ours) {
            if (!wanted.contains(new XRulePlan.Rule(rule.path("value").asString(""), rule.path("tag").asString("")))) {
                stale.add(rule.path("id").asString(""));
            }
        }
        if (!stale.isEmpty()) {
            var body = XApi.JSON.createObjectNode();
            body.putObject("delete").set("ids", stale);
            api.postJson(connection, XApi.Token.APP, "/2/tweets/search/stream/rules", body.toString());
        }
    }

    /** A dry run of the missing rules: X validates each, and one invalid rule must not keep the others off the stream. */
    private Map<String, String> check(SocialConnection connection, List<JsonNode> ours, XRulePlan plan) {
        var missing = missing(ours, plan);
        var refused = new HashMap<String, String>();
        if (missing.isEmpty()) {
            return refused;
        }
        var checked = api.postJson(connection, XApi.Token.APP, "/2/tweets/search/stream/rules?dry_run=true", addBody(missing).toString());
        for (var error : checked.path("errors")) {
            refused.put(error.path("value").asString(""), error.path("title").asString("invalid rule"));
        }
        return refused;
    }

    private void add(SocialConnection connection, List<JsonNode> ours, XRulePlan plan) {
        var missing = missing(ours, plan);
        if (!missing.isEmpty()) {
            api.postJson(connection, XApi.Token.APP, "/2/tweets/search/stream/rules", addBody(missing).toString());
        }
    }

    private static List<XRulePlan.Rule> missing(List<JsonNode> ours, XRulePlan plan) {
        Set<XRulePlan.Rule> present = new HashSet<>();
        ours.forEach(rule -> present.add(new XRulePlan.Rule(rule.path("value").asString(""), rule.path("tag").asString(""))));
        return plan.rules().stream().filter(rule -> !present.contains(rule)).toList();
    }

    private static JsonNode addBody(List<XRulePlan.Rule> rules) {
        var body = XApi.JSON.createObjectNode();
        ArrayNode add = body.putArray("add");
        rules.forEach(rule -> add.addObject().put("value", rule.value()).put("tag", rule.tag()));
        return body;
    }
}
