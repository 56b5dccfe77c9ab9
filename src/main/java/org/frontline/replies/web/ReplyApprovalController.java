package org.frontline.replies.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.replies.ReplyApprovals;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The approval step over the API: the workspace's setting, the drafts awaiting approval, and approving,
 * editing or rejecting one. Reviewing needs the approver role (admins have it too).
 */
@RestController
class ReplyApprovalController {

    private static final String BASE = "/api/v1/workspaces/{workspace}";

    private final WorkspaceAccess access;
    private final ReplyApprovals approvals;

    ReplyApprovalController(WorkspaceAccess access, ReplyApprovals approvals) {
        this.access = access;
        this.approvals = approvals;
    }

    @GetMapping(BASE + "/settings/reply-approval")
    Map<String, Boolean> setting(@PathVariable String workspace) {
        var scope = access.require(workspace, Role.VIEWER);
        return Map.of("required", approvals.required(scope.id()));
    }

    @PutMapping(BASE + "/settings/reply-approval")
    Map<String, Boolean> change(@PathVariable String workspace, @Valid @RequestBody SettingRequest request, Authentication who) {
        var scope = access.require(workspace, Role.ADMIN);
        approvals.require(scope.id(), Boolean.TRUE.equals(request.required()), Actors.of(who));
        return Map.of("required", approvals.required(scope.id()));
    }

    @GetMapping(BASE + "/replies/awaiting-approval")
    List<ReplyJson> awaiting(@PathVariable String workspace) {
        var scope = access.require(workspace, Role.APPROVER);
        return approvals.awaitingApproval(scope.id()).stream().map(d -> ReplyJson.of(d.caseId(), d.reply())).toList();
    }

    @PostMapping(BASE + "/cases/{id}/replies/{reply}/approve")
    ReplyJson approve(@PathVariable String workspace, @PathVariable UUID id, @PathVariable UUID reply,
            @Valid @RequestBody(required = false) @Nullable ApproveRequest request, Authentication who) {
        var scope = access.require(workspace, Role.APPROVER);
        var text = request == null ? null : request.text();
        return ReplyJson.of(new CaseId(id), approvals.approve(scope.id(), new CaseId(id), reply, Actors.of(who), text));
    }

    @PutMapping(BASE + "/cases/{id}/replies/{reply}")
    ReplyJson edit(@PathVariable String workspace, @PathVariable UUID id, @PathVariable UUID reply,
            @Valid @RequestBody EditRequest request, Authentication who) {
        var scope = access.require(workspace, Role.APPROVER);
        return ReplyJson.of(new CaseId(id), approvals.edit(scope.id(), new CaseId(id), reply, Actors.of(who), request.text()));
    }

    @PostMapping(BASE + "/cases/{id}/replies/{reply}/reject")
    ReplyJson reject(@PathVariable String workspace, @PathVariable UUID id, @PathVariable UUID reply,
            @Valid @RequestBody RejectRequest request, Authentication who) {
        var scope = access.require(workspace, Role.APPROVER);
        return ReplyJson.of(new CaseId(id), approvals.reject(scope.id(), new CaseId(id), reply, Actors.of(who), request.reason()));
    }

    record SettingRequest(@NotNull @Nullable Boolean required) {}

    record ApproveRequest(@Size(max = 40_000) @Nullable String text) {}

    record EditRequest(@NotBlank @Size(max = 40_000) @Nullable String text) {}

    record RejectRequest(@NotBlank @Size(max = 2_000) @Nullable String reason) {}
}
