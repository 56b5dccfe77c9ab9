package org.frontline.routing.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.frontline.routing.SlaAtRisk;
import org.frontline.routing.SlaBreached;
import org.frontline.routing.SlaKind;
import org.frontline.routing.Teams;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.WorkspaceAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells a team when one of its cases is at risk or missed its SLA: by a Slack-compatible incoming webhook
 * and by e-mail, where the team configured them. A failed delivery is logged and retried with the event.
 */
@Component
class EscalationNotifier {

    private static final Logger log = LoggerFactory.getLogger(EscalationNotifier.class);

    private final SlaTimerRepository timers;
    private final Teams teams;
    private final WorkspaceAdministration workspaces;
    private final ObjectProvider<JavaMailSender> mail;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String publicUrl;
    private final boolean allowPrivateTargets;

    EscalationNotifier(
            SlaTimerRepository timers,
            Teams teams,
            WorkspaceAdministration workspaces,
            ObjectProvider<JavaMailSender> mail,
            JsonMapper json,
            @Value("${frontline.public-url:http://localhost:8080}") String publicUrl,
            @Value("${frontline.routing.escalation.allow-private-targets:false}") boolean allowPrivateTargets) {
        this.timers = timers;
        this.teams = teams;
        this.workspaces = workspaces;
        this.mail = mail;
        this.json = json;
        this.publicUrl = publicUrl;
        this.allowPrivateTargets = allowPrivateTargets;
    }

    @ApplicationModuleListener
    void on(SlaAtRisk event) {
        notify(event.workspace(), event.caseId(), event.kind(), "is at risk: due");
    }

    @ApplicationModuleListener
    void on(SlaBreached event) {
        notify(event.workspace(), event.caseId(), event.kind(), "missed its target: it was due");
    }

    private void notify(WorkspaceId workspace, java.util.UUID caseId, SlaKind kind, String what) {
        var timer = timers.find(workspace, caseId, kind);
        if (timer.isEmpty() || timer.get().team() == null) {
            return;
        }
        var escalation = teams.escalation(workspace, timer.get().team());
        var link = publicUrl + "/w/" + workspaces.slugOf(workspace).orElse("") + "/cases/" + caseId;
        var text = "SLA " + kind.words() + " of case " + link + " " + what + " " + timer.get().dueAt() + ".";
        if (escalation.webhookUrl() != null) {
            post(escalation.webhookUrl(), text);
        }
        var sender = mail.getIfAvailable();
        if (escalation.email() != null && sender != null) {
            var message = new SimpleMailMessage();
            message.setTo(escalation.email());
            message.setSubject("[Frontline] SLA " + kind.words() + " " + (what.startsWith("missed") ? "missed" : "at risk"));
            message.setText(text);
            sender.send(message);
        }
    }

    private void post(String url, String text) {
        var uri = URI.create(url);
        if (!allowedTarget(uri)) {
            log.warn("Escalation webhook refused: only public http(s) addresses are called");
            return;
        }
        var request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("text", text))))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Escalation webhook answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Escalation webhook unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the escalation webhook", e);
        }
    }

    /** http(s) only, and never an address inside our own network unless explicitly allowed (tests). */
    private boolean allowedTarget(URI uri) {
        var scheme = uri.getScheme();
        if (uri.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            return false;
        }
        if (allowPrivateTargets) {
            return true;
        }
        try {
            for (var address : InetAddress.getAllByName(uri.getHost())) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
