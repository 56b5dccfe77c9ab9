package org.frontline.channels.web;

import java.util.UUID;
import org.frontline.channels.email.MailboxPoller;
import org.frontline.channels.email.MailboxSettings;
import org.frontline.channels.email.MailboxStatus;
import org.frontline.channels.email.Mailboxes;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.frontline.workspaces.WorkspaceNotFound;
import org.frontline.workspaces.WorkspaceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The e-mail part of the Channels page (loaded into it as a fragment): each mailbox with its health, and
 * the form to connect one. The password goes in through the form and never comes back out.
 */
@Controller
@RequestMapping("/w/{workspace}/channels/mailboxes")
class MailboxPages {

    private final WorkspaceAccess access;
    private final Mailboxes mailboxes;
    private final MailboxPoller poller;

    MailboxPages(WorkspaceAccess access, Mailboxes mailboxes, MailboxPoller poller) {
        this.access = access;
        this.mailboxes = mailboxes;
        this.poller = poller;
    }

    @GetMapping
    String fragment(@PathVariable String workspace, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        model.addAttribute("workspace", scope);
        var list = mailboxes.list(scope.id());
        model.addAttribute("mailboxes", list);
        model.addAttribute("health", HealthView.byId(list, MailboxStatus::id, m -> HealthView.of(m.health(), "connected")));
        model.addAttribute("canEdit", scope.role().includes(Role.ADMIN));
        return "channels-email :: email";
    }

    @PostMapping
    String add(@PathVariable String workspace, @RequestParam String address, @RequestParam String imapHost,
            @RequestParam(defaultValue = "993") int imapPort, @RequestParam(defaultValue = "false") boolean tls,
            @RequestParam String username, @RequestParam String password, @RequestParam(defaultValue = "INBOX") String folder,
            @RequestParam String smtpHost, @RequestParam(defaultValue = "587") int smtpPort, RedirectAttributes redirect) {
        var scope = admin(workspace);
        try {
            var settings = new MailboxSettings(address, imapHost, imapPort, tls, username, password, folder, smtpHost, smtpPort);
            var id = mailboxes.add(scope.id(), settings);
            var outcome = poller.pollNow(scope.id(), id);
            redirect.addFlashAttribute(outcome.ok() ? "notice" : "error", "Mailbox " + settings.address() + " added: " + outcome.message());
        } catch (SourceRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(scope);
    }

    @PostMapping("/{id}/poll")
    String poll(@PathVariable String workspace, @PathVariable UUID id, RedirectAttributes redirect) {
        var scope = admin(workspace);
        try {
            var outcome = poller.pollNow(scope.id(), id);
            redirect.addFlashAttribute(outcome.ok() ? "notice" : "error", outcome.message());
        } catch (IllegalArgumentException e) {
            throw new WorkspaceNotFound(workspace);
        }
        return back(scope);
    }

    @PostMapping("/{id}/delete")
    String remove(@PathVariable String workspace, @PathVariable UUID id, RedirectAttributes redirect) {
        var scope = admin(workspace);
        mailboxes.remove(scope.id(), id);
        redirect.addFlashAttribute("notice", "Mailbox removed; its stored password is deleted.");
        return back(scope);
    }

    private WorkspaceRef admin(String workspace) {
        return access.require(workspace, Role.ADMIN);
    }

    private static String back(WorkspaceRef scope) {
        return "redirect:/w/" + scope.slug() + "/channels";
    }
}
