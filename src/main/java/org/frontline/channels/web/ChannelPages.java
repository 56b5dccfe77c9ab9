package org.frontline.channels.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.frontline.channels.feed.FeedPoller;
import org.frontline.channels.feed.FeedStatus;
import org.frontline.channels.feed.FeedSubscriptions;
import org.frontline.channels.importer.ImportJobs;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.channels.webhook.WebhookMapping;
import org.frontline.channels.webhook.WebhookSources;
import org.frontline.web.InvalidRequest;
import org.frontline.web.FieldProblem;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.frontline.workspaces.WorkspaceNotFound;
import org.frontline.workspaces.WorkspaceRef;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Channels page: every source of the workspace with its health, and the forms to add feeds (by URL,
 * or OPML), webhooks and imports. Anyone in the workspace sees it; changing sources takes the admin role.
 */
@Controller
@RequestMapping("/w/{workspace}/channels")
class ChannelPages {

    private final WorkspaceAccess access;
    private final FeedSubscriptions feeds;
    private final FeedPoller poller;
    private final WebhookSources webhooks;
    private final ImportJobs imports;

    ChannelPages(WorkspaceAccess access, FeedSubscriptions feeds, FeedPoller poller, WebhookSources webhooks, ImportJobs imports) {
        this.access = access;
        this.feeds = feeds;
        this.poller = poller;
        this.webhooks = webhooks;
        this.imports = imports;
    }

    @GetMapping
    String page(@PathVariable String workspace, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        model.addAttribute("workspace", scope);
        model.addAttribute("workspaces", access.visible());
        var feedList = feeds.list(scope.id());
        var webhookList = webhooks.list(scope.id());
        var health = HealthView.byId(feedList, FeedStatus::id,
                f -> f.blockedReason() == null ? HealthView.of(f.health(), "ok") : HealthView.of(f.health(), "ok").blocked(f.blockedReason()));
        health.putAll(HealthView.byId(webhookList, WebhookSources.Status::id, h -> HealthView.of(h.health(), "ok")));
        model.addAttribute("feeds", feedList);
        model.addAttribute("webhooks", webhookList);
        model.addAttribute("health", health);
        model.addAttribute("imports", imports.recent(scope.id()));
        model.addAttribute("canEdit", scope.role().includes(Role.ADMIN));
        return "channels";
    }

    @PostMapping("/feeds")
    String addFeed(@PathVariable String workspace, @RequestParam String url, @RequestParam(defaultValue = "15") int minutes,
            RedirectAttributes redirect) {
        var scope = admin(workspace);
        try {
            var outcome = feeds.add(scope.id(), url, Duration.ofMinutes(Math.max(1, Math.min(minutes, 24 * 60))));
            redirect.addFlashAttribute(outcome.ok() ? "notice" : "error", "Feed added: " + outcome.message());
        } catch (SourceRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(scope);
    }

    @PostMapping("/feeds/{id}/poll")
    String pollFeed(@PathVariable String workspace, @PathVariable UUID id, RedirectAttributes redirect) {
        var scope = admin(workspace);
        try {
            var outcome = poller.pollNow(scope.id(), id);
            redirect.addFlashAttribute(outcome.ok() ? "notice" : "error", outcome.message());
        } catch (IllegalArgumentException e) {
            throw new WorkspaceNotFound(workspace);
        }
        return back(scope);
    }

    @PostMapping("/feeds/{id}/delete")
    String removeFeed(@PathVariable String workspace, @PathVariable UUID id, RedirectAttributes redirect) {
        var scope = admin(workspace);
        feeds.remove(scope.id(), id);
        redirect.addFlashAttribute("notice", "Feed removed.");
        return back(scope);
    }

    @GetMapping("/feeds.opml")
    ResponseEntity<byte[]> exportOpml(@PathVariable String workspace) {
        var scope = access.require(workspace, Role.VIEWER);
        var opml = feeds.exportOpml(scope.id(), scope.name() + " feeds");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/x-opml;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(scope.slug() + "-feeds.opml").build().toString())
                .body(opml.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/feeds/opml")
    String importOpml(@PathVariable String workspace, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        var scope = admin(workspace);
        try {
            var result = feeds.importOpml(scope.id(), file.getBytes());
            redirect.addFlashAttribute("notice", "OPML: " + result.added() + " feeds added, " + result.skipped().size() + " skipped.");
            redirect.addFlashAttribute("skipped", result.skipped());
        } catch (SourceRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(scope);
    }

    @PostMapping("/webhooks")
    String addWebhook(@PathVariable String workspace, @RequestParam String name, @RequestParam String textPointer,
            @RequestParam(required = false) String idPointer, @RequestParam(required = false) String authorPointer,
            @RequestParam(required = false) String urlPointer, @RequestParam(required = false) String timePointer,
            RedirectAttributes redirect) {
        var scope = admin(workspace);
        try {
            var created = webhooks.create(scope.id(), name.strip(), new WebhookMapping(textPointer, idPointer, authorPointer, urlPointer, timePointer));
            redirect.addFlashAttribute("notice", "Webhook '" + created.name() + "' created. Copy its secret now: it is not shown again.");
            redirect.addFlashAttribute("secret", created.secret());
        } catch (InvalidRequest e) {
            @SuppressWarnings("unchecked")
            var errors = (java.util.List<FieldProblem>) e.getBody().getProperties().get("errors");
            redirect.addFlashAttribute("error", errors.stream().map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        }
        return back(scope);
    }

    @PostMapping("/webhooks/{id}/delete")
    String removeWebhook(@PathVariable String workspace, @PathVariable UUID id, RedirectAttributes redirect) {
        var scope = admin(workspace);
        webhooks.remove(scope.id(), id);
        redirect.addFlashAttribute("notice", "Webhook removed.");
        return back(scope);
    }

    @PostMapping("/imports")
    String upload(@PathVariable String workspace, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        var scope = admin(workspace);
        try (var in = file.getInputStream()) {
            var job = imports.upload(scope.id(), file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), in);
            redirect.addFlashAttribute("notice", "Importing " + job.fileName() + "…");
        } catch (SourceRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(scope);
    }

    @GetMapping("/imports/{id}")
    String importProgress(@PathVariable String workspace, @PathVariable UUID id, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        var job = imports.find(scope.id(), id).orElseThrow(() -> new WorkspaceNotFound(workspace));
        model.addAttribute("workspace", scope);
        model.addAttribute("job", job);
        model.addAttribute("lineErrors", job.finished() ? imports.errors(scope.id(), id, 200) : java.util.List.of());
        return "channels-import :: progress";
    }

    private WorkspaceRef admin(String workspace) {
        return access.require(workspace, Role.ADMIN);
    }

    private static String back(WorkspaceRef scope) {
        return "redirect:/w/" + scope.slug() + "/channels";
    }
}
