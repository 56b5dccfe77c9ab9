package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.frontline.matching.TrackingQueries;
import org.frontline.routing.Agents;
import org.frontline.routing.BusinessHours;
import org.frontline.routing.Priority;
import org.frontline.routing.RoutingRules;
import org.frontline.routing.RuleCondition;
import org.frontline.routing.SlaPolicies;
import org.frontline.routing.Teams;
import org.frontline.testing.Api;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Rules pick the team, the picker the agent, SLA timers run and a missed target escalates exactly once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoutingAndSlaIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Teams teams;

    @Autowired
    Agents agents;

    @Autowired
    RoutingRules rules;

    @Autowired
    SlaPolicies policies;

    @Autowired
    TrackingQueries queries;

    @Autowired
    JdbcClient jdbc;

    HttpServer webhook;

    @AfterEach
    void stopWebhook() {
        if (webhook != null) {
            webhook.stop(0);
        }
    }

    @Test
    void ruleRoutesToItsTeamAndTheAvailableAgentAndExplainsBoth() {
        var ws = new TestWorkspaces(context).create();
        var refunds = queries.create(ws.id(), "Refunds", "refund");
        var billing = teams.create(ws.id(), "EMEA Billing", false);
        var ana = agents.create(ws.id(), "Ana", "ana@example.com", Set.of("en", "fr"), Set.of("billing"), BusinessHours.always(ZoneOffset.UTC), 8);
        agents.addToTeam(ws.id(), billing, ana);
        rules.append(ws.id(), "Refunds", List.of(new RuleCondition.QueryIs(refunds.id().value())), billing, Priority.HIGH, Set.of("billing"), Set.of());

        ingest(ws, "I want a refund for my order, it never arrived");

        var item = awaitFirstCase(ws);
        assertThat(item.get("team").asString()).isEqualTo("EMEA Billing");
        assertThat(item.get("assignee").asString()).isEqualTo("Ana");
        assertThat(item.get("priority").asString()).isIn("high", "urgent");
        var page = new Api(port).get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token());
        assertThat(page.status()).isEqualTo(200);
        var note = jdbc.sql("select routing_note from support_case where workspace_id = ?").param(ws.id().value()).query(String.class).single();
        assertThat(note).startsWith("Rule *Refunds* matched (query *Refunds*) \u2192 team EMEA Billing. Chose Ana:")
                .contains("0 of 8 open cases");
    }

    @Test
    void openedCaseRunsItsFirstResponseTargetFromThePolicy() {
        var ws = new TestWorkspaces(context).createWithQuery("All", "acme");
        policies.set(ws.id(), null, Priority.NORMAL, Duration.ofMinutes(20), null, Duration.ofHours(8), false);
        policies.set(ws.id(), null, Priority.HIGH, Duration.ofMinutes(20), null, Duration.ofHours(8), false);
        policies.set(ws.id(), null, Priority.URGENT, Duration.ofMinutes(20), null, Duration.ofHours(8), false);
        policies.set(ws.id(), null, Priority.LOW, Duration.ofMinutes(20), null, Duration.ofHours(8), false);

        ingest(ws, "acme question about my account");

        var item = awaitFirstCase(ws);
        var sla = item.get("sla");
        assertThat(sla.get("target").asString()).isEqualTo("first_response");
        assertThat(sla.get("state").asString()).isEqualTo("on_track");
        var opened = Instant.parse(item.get("openedAt").asString());
        assertThat(Instant.parse(sla.get("dueAt").asString())).isBetween(opened.plus(Duration.ofMinutes(19)), opened.plus(Duration.ofMinutes(21)));
    }

    @Test
    void missedTargetRaisesPriorityAndNotifiesTheTeamExactlyOnce() throws IOException {
        var calls = new CopyOnWriteArrayList<String>();
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            calls.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        webhook.start();
        var ws = new TestWorkspaces(context).createWithQuery("All", "acme");
        var support = teams.defaultTeam(ws.id()).orElseThrow().id();
        teams.setEscalation(ws.id(), support, new Teams.Escalation("http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook", null));
        for (var priority : Priority.values()) {
            policies.set(ws.id(), null, priority, Duration.ofMinutes(20), null, null, false);
        }
        ingest(ws, "acme is down");
        var opened = awaitFirstCase(ws);
        var caseId = opened.get("id").asString();
        var raised = switch (opened.get("priority").asString()) {
            case "low" -> "normal";
            case "normal" -> "high";
            default -> "urgent";
        };

        // Time passes: the stored deadlines move into the past, as if 20 minutes had gone by unanswered.
        var past = Instant.now().minus(Duration.ofMinutes(1)).atOffset(ZoneOffset.UTC);
        jdbc.sql("update sla_timer set at_risk_at = ?, due_at = ? where case_id = ?").params(past, past, java.util.UUID.fromString(caseId)).update();

        await().atMost(Duration.ofSeconds(20)).until(() -> calls.stream().anyMatch(c -> c.contains("missed")));
        await().atMost(Duration.ofSeconds(20)).until(() -> awaitFirstCase(ws).get("priority").asString().equals(raised));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> calls.stream().filter(c -> c.contains("missed")).count() == 1);
        assertThat(awaitFirstCase(ws).get("sla").get("state").asString()).isEqualTo("breached");
        assertThat(calls.getFirst()).contains("/w/" + ws.slug() + "/cases/" + caseId);
        var note = jdbc.sql("select routing_note from support_case where id = ?").param(java.util.UUID.fromString(caseId)).query(String.class).single();
        assertThat(note).contains("SLA first response target missed").contains("priority raised to " + raised);
    }

    private void ingest(TestWorkspace ws, String text) {
        var response = new Api(port).post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), aPost().saying(text).json());
        assertThat(response.status()).isEqualTo(202);
    }

    private JsonNode awaitFirstCase(TestWorkspace ws) {
        var api = new Api(port);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token()).json().get("total").asLong() == 1);
        return api.get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token()).json().get("items").get(0);
    }
}
