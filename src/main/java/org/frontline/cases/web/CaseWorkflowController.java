package org.frontline.cases.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontline.cases.CaseActivity;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseManagement;
import org.frontline.cases.CaseStatus;
import org.frontline.routing.AgentId;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.TokenPrincipal;
import org.frontline.workspaces.WorkspaceAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/workspaces/{workspace}/cases/{id}/…}: the workflow for machines: status, assignee, notes, timeline. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/cases/{id}")
class CaseWorkflowController {

    private final WorkspaceAccess access;
    private final CaseManagement cases;

    CaseWorkflowController(WorkspaceAccess access, CaseManagement cases) {
        this.access = access;
        this.cases = cases;
    }

    @PostMapping("/status")
    ResponseEntity<Void> status(@PathVariable String workspace, @PathVariable UUID id, @Valid @RequestBody StatusRequest request, Authentication who) {
        var scope = access.require(workspace, Role.AGENT);
        cases.changeStatus(scope.id(), new CaseId(id), CaseStatus.parse(request.status()), actor(who));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/assignee")
    ResponseEntity<Void> assign(@PathVariable String workspace, @PathVariable UUID id, @RequestBody AssigneeRequest request, Authentication who) {
        var scope = access.require(workspace, Role.AGENT);
        cases.assign(scope.id(), new CaseId(id), request.agentId() == null ? null : new AgentId(request.agentId()), actor(who));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/notes")
    ResponseEntity<Void> note(@PathVariable String workspace, @PathVariable UUID id, @Valid @RequestBody NoteRequest request, Authentication who) {
        var scope = access.require(workspace, Role.AGENT);
        cases.addNote(scope.id(), new CaseId(id), actor(who), request.text().strip());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/activity")
    List<ActivityResponse> activity(@PathVariable String workspace, @PathVariable UUID id) {
        var scope = access.require(workspace, Role.VIEWER);
        return cases.activity(scope.id(), new CaseId(id)).stream().map(ActivityResponse::of).toList();
    }

    /** The person, or the token's name for machines. */
    static String actor(Authentication who) {
        return who.getPrincipal() instanceof TokenPrincipal token ? "API: " + token.name() : who.getName();
    }

    record StatusRequest(
            @NotBlank @Pattern(regexp = "(?i)new|open|pending|resolved|closed", message = "must be one of open, pending, resolved, closed")
                    @Nullable String status) {}

    record AssigneeRequest(@Nullable UUID agentId) {}

    record NoteRequest(@NotBlank @Size(max = 10_000) @Nullable String text) {}

    record ActivityResponse(String kind, String actor, String text, Instant at) {
        static ActivityResponse of(CaseActivity activity) {
            return new ActivityResponse(activity.kind().wireName(), activity.actor(), activity.text(), activity.at());
        }
    }
}
