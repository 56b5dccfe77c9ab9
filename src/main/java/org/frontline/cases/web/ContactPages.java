package org.frontline.cases.web;

import java.util.UUID;
import org.frontline.cases.ContactId;
import org.frontline.cases.Contacts;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A contact's page: identities on every channel, cases and signals; agents tie two contacts together. */
@Controller
@RequestMapping("/w/{workspace}/contacts/{id}")
class ContactPages {

    private final WorkspaceAccess access;
    private final Contacts contacts;

    ContactPages(WorkspaceAccess access, Contacts contacts) {
        this.access = access;
        this.contacts = contacts;
    }

    @GetMapping
    String contact(@PathVariable String workspace, @PathVariable UUID id, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        var contact = contacts.find(scope.id(), new ContactId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such contact"));
        model.addAttribute("workspace", scope);
        model.addAttribute("contact", contact);
        model.addAttribute("canAct", scope.role().includes(Role.AGENT));
        model.addAttribute("canValue", scope.role().includes(Role.ADMIN));
        return "contact";
    }

    /** Admins weigh a customer: the idea portal counts their votes this many times. */
    @PostMapping("/value")
    String customerValue(@PathVariable String workspace, @PathVariable UUID id, @RequestParam String value, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.ADMIN);
        try {
            contacts.setCustomerValue(scope.id(), new ContactId(id), Double.parseDouble(value.strip()));
            redirect.addFlashAttribute("notice", "Customer value saved: their votes on the idea portal now weigh " + value.strip() + ".");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "A customer value is a number between 0 and 100.");
        }
        return "redirect:/w/" + scope.slug() + "/contacts/" + id;
    }

    @PostMapping("/merge")
    String merge(@PathVariable String workspace, @PathVariable UUID id, @RequestParam String other, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.AGENT);
        try {
            contacts.merge(scope.id(), new ContactId(id), new ContactId(UUID.fromString(other.strip())));
            redirect.addFlashAttribute("notice", "Contacts merged: every identity and case is now here.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "Paste the id of another contact of this workspace.");
        }
        return "redirect:/w/" + scope.slug() + "/contacts/" + id;
    }
}
