package org.frontline.classify.web;

import org.frontline.classify.InvalidClassifierSettings;
import org.frontline.classify.internal.ExternalClassifiers;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page of the external classifier: a small form; the API key field is write-only. */
@Controller
@RequestMapping("/w/{workspace}/settings/classifier")
class ExternalClassifierPages {

    private final WorkspaceAccess access;
    private final ExternalClassifiers classifiers;

    ExternalClassifierPages(WorkspaceAccess access, ExternalClassifiers classifiers) {
        this.access = access;
        this.classifiers = classifiers;
    }

    @GetMapping
    String page(@PathVariable String workspace, Model model) {
        var scope = access.require(workspace, Role.ADMIN);
        model.addAttribute("workspace", scope);
        model.addAttribute("settings", classifiers.settings(scope.id()));
        return "classifier";
    }

    @PostMapping
    String save(@PathVariable String workspace, @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(defaultValue = "") String baseUrl, @RequestParam(defaultValue = "") String model,
            @RequestParam(defaultValue = "") String apiKey, @RequestParam(defaultValue = "false") boolean removeKey,
            @RequestParam(required = false) @Nullable Double timeoutSeconds, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.ADMIN);
        try {
            // An empty key field keeps the stored key: the page never shows it, so it cannot be sent back.
            var key = removeKey ? "" : apiKey.isBlank() ? null : apiKey;
            classifiers.save(scope.id(), enabled, baseUrl, model, key, ExternalClassifierController.timeout(timeoutSeconds));
            redirect.addFlashAttribute("notice", enabled ? "Saved: new mentions are also sent to the external classifier." : "Saved: the external classifier is off.");
        } catch (InvalidClassifierSettings e) {
            redirect.addFlashAttribute("error", e.getBody().getDetail());
        }
        return "redirect:/w/" + scope.slug() + "/settings/classifier";
    }
}
