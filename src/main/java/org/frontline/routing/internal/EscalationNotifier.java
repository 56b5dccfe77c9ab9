package org.frontline.routing.internal;

import org.frontline.routing.ChatWebhook;
import org.frontline.routing.SlaAtRisk;
import org.frontline.routing.SlaBreached;
import org.frontline.routing.SlaKind;
import org.frontline.routing.Teams;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.WorkspaceAdministration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a team when one of its cases is at risk or missed its SLA: by a Slack-compatible incoming webhook
 * and by e-mail, where the team configured them. A failed delivery is logged and retried with the event.
 */
@Component
class EscalationNotifier {

    private final SlaTimerRepository timers;
    private final Teams teams;
    private final WorkspaceAdministration workspaces;
    private final ObjectProvider<JavaMailSender> mail;
    private final ChatWebhook webhook;
    private final String publicUrl;

    EscalationNotifier(
            SlaTimerRepository timers,
            Teams teams,
            WorkspaceAdministration workspaces,
            ObjectProvider<JavaMailSender> mail,
            ChatWebhook webhook,
            @Value("${frontline.public-url:http://localhost:8080}") String publicUrl) {
        this.timers = timers;
        this.teams = teams;
        this.workspaces = workspaces;
        this.mail = mail;
        this.webhook = webhook;
        this.publicUrl = publicUrl;
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
            webhook.post(escalation.webhookUrl(), text);
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
}
