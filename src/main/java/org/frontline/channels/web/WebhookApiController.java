package org.frontline.channels.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontline.channels.webhook.WebhookMapping;
import org.frontline.channels.webhook.WebhookSources;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/workspaces/{workspace}/webhooks}: admins create, list and remove inbound webhooks. The signing
 * secret is in the creation response only; it is stored sealed and no other answer carries it.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/webhooks")
class WebhookApiController {

    private final WorkspaceAccess access;
    private final WebhookSources webhooks;

    WebhookApiController(WorkspaceAccess access, WebhookSources webhooks) {
        this.access = access;
        this.webhooks = webhooks;
    }

    @GetMapping
    List<WebhookResponse> list(@PathVariable String workspace) {
        var scope = access.require(workspace, Role.ADMIN);
        return webhooks.list(scope.id()).stream().map(w -> WebhookResponse.of(scope.slug(), w)).toList();
    }

    /** The only answer that carries the secret: copy it into the sending system now. */
    @PostMapping
    ResponseEntity<CreatedWebhookResponse> create(@PathVariable String workspace, @Valid @RequestBody WebhookRequest request) {
        var scope = access.require(workspace, Role.ADMIN);
        var created = webhooks.create(scope.id(), request.name().strip(),
                new WebhookMapping(request.textPointer(), request.idPointer(), request.authorPointer(), request.urlPointer(), request.timePointer()));
        var location = URI.create("/api/v1/workspaces/" + scope.slug() + "/webhooks/" + created.id());
        return ResponseEntity.created(location)
                .body(new CreatedWebhookResponse(created.id().toString(), created.name(), hookPath(scope.slug(), created.name()), created.secret()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable String workspace, @PathVariable UUID id) {
        var scope = access.require(workspace, Role.ADMIN);
        if (!webhooks.remove(scope.id(), id)) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No webhook " + id + " in this workspace.");
            problem.setType(URI.create("/problems/webhook-not-found"));
            problem.setTitle("No such webhook");
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        }
        return ResponseEntity.noContent().build();
    }

    private static String hookPath(String slug, String name) {
        return "/hooks/" + slug + "/" + name;
    }

    record WebhookRequest(
            @NotBlank @Size(max = 64) String name,
            @NotBlank @Size(max = 200) String textPointer,
            @Nullable @Size(max = 200) String idPointer,
            @Nullable @Size(max = 200) String authorPointer,
            @Nullable @Size(max = 200) String urlPointer,
            @Nullable @Size(max = 200) String timePointer) {}

    /** A webhook without its secret. */
    record WebhookResponse(String id, String name, String url, WebhookMapping mapping, @Nullable Instant lastSuccessAt,
            @Nullable String lastError, long posts) {
        static WebhookResponse of(String slug, WebhookSources.Status webhook) {
            var health = webhook.health();
            return new WebhookResponse(webhook.id().toString(), webhook.name(), hookPath(slug, webhook.name()), webhook.mapping(),
                    health.lastSuccessAt(), health.lastError(), health.items());
        }
    }

    record CreatedWebhookResponse(String id, String name, String url, String secret) {
        @Override
        public String toString() {
            return "CreatedWebhookResponse[id=" + id + ", name=" + name + "]";
        }
    }
}
