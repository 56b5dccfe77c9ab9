package org.frontline.replies.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseNotFound;
import org.frontline.cases.CaseOverviews;
import org.frontline.replies.Replies;
import org.frontline.replies.ReplyApprovals;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/workspaces/{workspace}/cases/{id}/replies}: answer a case (or, while the workspace
 * requires approval, submit a draft); {@code GET} lists the case's replies and drafts with their state.
 */
@RestController
class ReplyController {

    private final WorkspaceAccess access;
    private final CaseOverviews cases;
    private final Replies replies;
    private final ReplyApprovals approvals;

    ReplyController(WorkspaceAccess access, CaseOverviews cases, Replies replies, ReplyApprovals approvals) {
        this.access = access;
        this.cases = cases;
        this.replies = replies;
        this.approvals = approvals;
    }

    @PostMapping("/api/v1/workspaces/{workspace}/cases/{id}/replies")
    ResponseEntity<Map<String, String>> reply(
            @PathVariable String workspace, @PathVariable UUID id, @Valid @RequestBody ReplyRequest request, Authentication who) {
        var scope = access.require(workspace, Role.AGENT);
        var caseId = new CaseId(id);
        var overview = cases.find(scope.id(), caseId).orElseThrow(() -> new CaseNotFound(caseId));
        var reply = approvals.answerOrDraft(scope.id(), caseId, overview.channel(), Actors.of(who), scope.role(), request.text());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + scope.slug() + "/cases/" + id + "/replies/" + reply.id()))
                .body(Map.of("id", reply.id().toString(), "state", reply.state().wireName()));
    }

    @GetMapping("/api/v1/workspaces/{workspace}/cases/{id}/replies")
    List<ReplyJson> list(@PathVariable String workspace, @PathVariable UUID id) {
        var scope = access.require(workspace, Role.VIEWER);
        var caseId = new CaseId(id);
        cases.find(scope.id(), caseId).orElseThrow(() -> new CaseNotFound(caseId));
        return replies.ofCase(scope.id(), caseId).stream().map(r -> ReplyJson.of(caseId, r)).toList();
    }

    record ReplyRequest(@NotBlank @Size(max = 40_000) @Nullable String text) {}
}
