package org.frontline.classify.web;

import java.security.Principal;
import java.util.UUID;
import org.frontline.classify.NothingToRetrain;
import org.frontline.classify.RetrainingAlreadyRunning;
import org.frontline.classify.RetrainingJobNotFound;
import org.frontline.classify.internal.RetrainingJobs;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin page that retrains the workspace's models from its corrections: the model in use, a start button,
 * the latest job's progress (the fragment polls itself every second while the job runs, as imports do) and,
 * once done, the figures before and after.
 */
@Controller
@RequestMapping("/w/{workspace}/settings/classifier/retraining")
class RetrainingPages {

    private final WorkspaceAccess access;
    private final RetrainingJobs jobs;

    RetrainingPages(WorkspaceAccess access, RetrainingJobs jobs) {
        this.access = access;
        this.jobs = jobs;
    }

    @GetMapping
    String page(@PathVariable String workspace, Model model) {
        var scope = access.require(workspace, Role.ADMIN);
        var recent = jobs.recent(scope.id(), 5);
        model.addAttribute("workspace", scope);
        model.addAttribute("modelInUse", jobs.modelInUse(scope.id()).orElse(null));
        model.addAttribute("learnable", jobs.learnableCorrections(scope.id()));
        model.addAttribute("job", recent.isEmpty() ? null : recent.getFirst());
        model.addAttribute("earlier", recent.size() > 1 ? recent.subList(1, recent.size()) : java.util.List.of());
        return "classifier-retraining";
    }

    @PostMapping
    String start(@PathVariable String workspace, Principal admin, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.ADMIN);
        try {
            jobs.start(scope.id(), admin.getName());
            redirect.addFlashAttribute("notice", "Retraining started. The model in use stays until the new one is ready.");
        } catch (RetrainingAlreadyRunning | NothingToRetrain e) {
            redirect.addFlashAttribute("error", e.getBody().getDetail());
        }
        return "redirect:/w/" + scope.slug() + "/settings/classifier/retraining";
    }

    @GetMapping("/{id}")
    String progress(@PathVariable String workspace, @PathVariable UUID id, Model model) {
        var scope = access.require(workspace, Role.ADMIN);
        model.addAttribute("workspace", scope);
        model.addAttribute("job", jobs.find(scope.id(), id).orElseThrow(RetrainingJobNotFound::new));
        return "classifier-retraining :: job";
    }
}
