package org.frontline.replies.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseNotFound;
import org.frontline.cases.CaseOverviews;
import org.frontline.replies.Replies;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.TokenPrincipal;
import org.frontline.workspaces.WorkspaceAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/workspaces/{workspace}/cases/{id}/replies}: record an answer given on the channel. */
@RestController
class ReplyController {

    private final WorkspaceAccess access;
    private final CaseOverviews cases;
    private final Replies replies;

    ReplyController(WorkspaceAccess access, CaseOverviews cases, Replies replies) {
        this.access = access;
        this.cases = cases;
        this.replies = replies;
    }

    @PostMapping("/api/v1/workspaces/{workspace}/cases/{id}/replies")
    ResponseEntity<Map<String, String>> reply(
            @PathVariable String workspace, @PathVariable UUID id, @Valid @RequestBody ReplyRequest request, Authentication who) {
        var scope = access.require(workspace, Role.AGENT);
        var caseId = new CaseId(id);
        var overview = cases.find(scope.id(), caseId).orElseThrow(() -> new CaseNotFound(caseId));
        var actor = who.getPrincipal() instanceof TokenPrincipal token ? "API: " + token.name() : who.getName();
        var reply = replies.answer(scope.id(), caseId, overview.channel(), actor, request.text());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + scope.slug() + "/cases/" + id + "/replies/" + reply.id()))
                .body(Map.of("id", reply.id().toString(), "state", reply.state().wireName()));
    }

    record ReplyRequest(@NotBlank @Size(max = 40_000) @Nullable String text) {}
}
