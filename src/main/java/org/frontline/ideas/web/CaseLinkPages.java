package org.frontline.ideas.web;

import java.security.Principal;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.ideas.Ideas;
import org.frontline.ideas.TopicKind;
import org.frontline.ideas.TopicNotFound;
import org.frontline.ideas.internal.MentionLinks;
import org.frontline.ideas.internal.PortalRefused;
import org.frontline.ideas.internal.Portals;
import org.frontline.ideas.internal.TopicFilter;
import org.frontline.ideas.internal.TopicRepository;
import org.frontline.ideas.internal.TopicSort;
import org.frontline.ingest.PostId;
import org.frontline.shared.PageRequest;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Ideas" box on a case page (loaded into it as a fragment): link the case's mention to a topic, or
 * create a topic from it. The case page belongs to the cases module; this box is all the ideas module adds.
 */
@Controller
@RequestMapping("/w/{workspace}/ideas/case-link")
class CaseLinkPages {

    private final WorkspaceAccess access;
    private final Portals portals;
    private final TopicRepository topics;
    private final MentionLinks links;
    private final Ideas ideas;

    CaseLinkPages(WorkspaceAccess access, Portals portals, TopicRepository topics, MentionLinks links, Ideas ideas) {
        this.access = access;
        this.portals = portals;
        this.topics = topics;
        this.links = links;
        this.ideas = ideas;
    }

    @GetMapping
    String box(@PathVariable String workspace, @RequestParam("case") UUID caseId, @RequestParam UUID post, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        model.addAttribute("workspace", scope);
        model.addAttribute("caseId", caseId);
        model.addAttribute("post", post);
        model.addAttribute("portalOpen", portals.of(scope.id()).isPresent());
        model.addAttribute("canAct", scope.role().includes(Role.AGENT));
        var linked = links.topicOf(scope.id(), new PostId(post));
        model.addAttribute("linked", linked == null ? null : topics.find(scope.id(), linked).orElse(null));
        model.addAttribute("choices", topics.page(scope.id(), TopicFilter.everything().forModerators(), TopicSort.TOP,
                        new PageRequest(0, 100)).items());
        model.addAttribute("kinds", TopicKind.values());
        return "ideas/case-link :: box";
    }

    @PostMapping
    String link(@PathVariable String workspace, @RequestParam("case") UUID caseId, @RequestParam UUID post,
            @RequestParam int topic, Principal principal, RedirectAttributes flash) {
        var scope = access.require(workspace, Role.AGENT);
        var target = topics.findByNumber(scope.id(), topic).orElseThrow(TopicNotFound::new);
        ideas.linkMention(scope.id(), target.id(), new PostId(post), new CaseId(caseId), principal.getName());
        flash.addFlashAttribute("notice", "Linked to idea #" + target.number() + ".");
        return "redirect:/w/" + scope.slug() + "/cases/" + caseId;
    }

    @PostMapping("/new")
    String create(@PathVariable String workspace, @RequestParam("case") UUID caseId, @RequestParam UUID post,
            @RequestParam(defaultValue = "idea") String kind, @RequestParam(defaultValue = "") String title,
            Principal principal, RedirectAttributes flash) {
        var scope = access.require(workspace, Role.AGENT);
        try {
            var created = ideas.createTopicFromMention(scope.id(), new PostId(post), new CaseId(caseId),
                    TopicKind.fromWireName(kind).orElse(TopicKind.IDEA), title, principal.getName());
            var number = topics.find(scope.id(), created).orElseThrow().number();
            return "redirect:/w/" + scope.slug() + "/ideas/t/" + number;
        } catch (PortalRefused e) {
            flash.addFlashAttribute("error", e.message());
            return "redirect:/w/" + scope.slug() + "/cases/" + caseId;
        }
    }
}
