package org.frontline.matching.web;

import java.util.UUID;
import org.frontline.matching.DuplicateQueryName;
import org.frontline.matching.InvalidTrackingQuery;
import org.frontline.matching.NativeFilters;
import org.frontline.matching.TrackingQueries;
import org.frontline.matching.TrackingQueryId;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.frontline.workspaces.WorkspaceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where a team manages what it listens for. */
@Controller
@RequestMapping("/w/{workspace}/queries")
class TrackingQueryPages {

    private final WorkspaceAccess access;
    private final TrackingQueries queries;

    TrackingQueryPages(WorkspaceAccess access, TrackingQueries queries) {
        this.access = access;
        this.queries = queries;
    }

    @GetMapping
    String list(@PathVariable String workspace, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        return page(scope, model, new QueryForm(null, "", ""), null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String workspace, @PathVariable UUID id, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        var query = queries.get(scope.id(), new TrackingQueryId(id));
        model.addAttribute("nativeFilters", NativeFilters.all(query.query()));
        return page(scope, model, new QueryForm(id.toString(), query.name(), query.query()), null);
    }

    @PostMapping
    String create(
            @PathVariable String workspace,
            @RequestParam String name,
            @RequestParam String query,
            Model model,
            RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.AGENT);
        var form = new QueryForm(null, name, query);
        if (name.isBlank() || query.isBlank()) {
            return page(scope, model, form, FormError.of("Give the query a name and a search expression."));
        }
        try {
            queries.create(scope.id(), name, query);
        } catch (InvalidTrackingQuery e) {
            return page(scope, model, form, FormError.of(e, query));
        } catch (DuplicateQueryName e) {
            return page(scope, model, form, FormError.of(e.getBody().getDetail()));
        }
        redirect.addFlashAttribute("notice", "Saved \u201c" + name.strip() + "\u201d. It applies to the next post.");
        return "redirect:/w/" + scope.slug() + "/queries";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable String workspace,
            @PathVariable UUID id,
            @RequestParam String name,
            @RequestParam String query,
            Model model,
            RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.AGENT);
        var form = new QueryForm(id.toString(), name, query);
        if (name.isBlank() || query.isBlank()) {
            return page(scope, model, form, FormError.of("Give the query a name and a search expression."));
        }
        try {
            queries.update(scope.id(), new TrackingQueryId(id), name, query);
        } catch (InvalidTrackingQuery e) {
            return page(scope, model, form, FormError.of(e, query));
        } catch (DuplicateQueryName e) {
            return page(scope, model, form, FormError.of(e.getBody().getDetail()));
        }
        redirect.addFlashAttribute("notice", "Saved \u201c" + name.strip() + "\u201d. It applies to the next post.");
        return "redirect:/w/" + scope.slug() + "/queries";
    }

    /** The preview under the query field, refreshed as the user types (an htmx fragment). */
    @PostMapping("/preview")
    String preview(@PathVariable String workspace, @RequestParam(defaultValue = "") String query, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        if (query.isBlank()) {
            model.addAttribute("previewHint", "Type a query to see what it would have matched in the last 30 days.");
            return "queries :: preview";
        }
        try {
            model.addAttribute("preview", PreviewView.of(queries.preview(scope.id(), query)));
        } catch (InvalidTrackingQuery e) {
            model.addAttribute("previewError", FormError.of(e, query));
        }
        model.addAttribute("chartWidth", PreviewView.chartWidth());
        return "queries :: preview";
    }

    @PostMapping("/{id}/pause")
    String pause(@PathVariable String workspace, @PathVariable UUID id, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.AGENT);
        queries.setPaused(scope.id(), new TrackingQueryId(id), true);
        redirect.addFlashAttribute("notice", "Query paused: it matches nothing until you resume it.");
        return "redirect:/w/" + scope.slug() + "/queries";
    }

    @PostMapping("/{id}/resume")
    String resume(@PathVariable String workspace, @PathVariable UUID id, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.AGENT);
        queries.setPaused(scope.id(), new TrackingQueryId(id), false);
        redirect.addFlashAttribute("notice", "Query resumed. It applies to the next post.");
        return "redirect:/w/" + scope.slug() + "/queries";
    }

    /** Marks the query as a competitor's ({@code competitor=true}) or the brand's own, for share of voice. */
    @PostMapping("/{id}/competitor")
    String competitor(@PathVariable String workspace, @PathVariable UUID id, @RequestParam boolean competitor, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.AGENT);
        queries.setCompetitor(scope.id(), new TrackingQueryId(id), competitor);
        redirect.addFlashAttribute("notice", competitor ? "Query marked as a competitor." : "Query marked as the brand's own.");
        return "redirect:/w/" + scope.slug() + "/queries";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String workspace, @PathVariable UUID id, RedirectAttributes redirect) {
        var scope = access.require(workspace, Role.AGENT);
        queries.delete(scope.id(), new TrackingQueryId(id));
        redirect.addFlashAttribute("notice", "Query deleted.");
        return "redirect:/w/" + scope.slug() + "/queries";
    }

    private String page(WorkspaceRef scope, Model model, QueryForm form, FormError error) {
        model.addAttribute("workspace", scope);
        model.addAttribute("workspaces", access.visible());
        model.addAttribute("queries", queries.list(scope.id()));
        model.addAttribute("competitors", queries.competitors(scope.id()));
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("canEdit", scope.role().includes(Role.AGENT));
        return "queries";
    }

    record QueryForm(String id, String name, String query) {}

    /** An error to show above the form; for a syntax error, the query split around the bad position. */
    record FormError(String message, String before, String at, String after) {

        static FormError of(String message) {
            return new FormError(message, "", "", "");
        }

        static FormError of(InvalidTrackingQuery e, String query) {
            var position = Math.min(Math.max(e.position(), 0), query.length());
            var end = Math.min(position + 1, query.length());
            return new FormError(e.getBody().getDetail(), query.substring(0, position), query.substring(position, end), query.substring(end));
        }
    }
}
