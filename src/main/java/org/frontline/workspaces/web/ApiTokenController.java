package org.frontline.workspaces.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.frontline.workspaces.ApiTokenView;
import org.frontline.workspaces.ApiTokens;
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

/** {@code /api/v1/workspaces/{workspace}/tokens}: admins issue, list and revoke API tokens. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/tokens")
class ApiTokenController {

    private final WorkspaceAccess access;
    private final ApiTokens tokens;

    ApiTokenController(WorkspaceAccess access, ApiTokens tokens) {
        this.access = access;
        this.tokens = tokens;
    }

    @GetMapping
    List<TokenResponse> list(@PathVariable String workspace) {
        var scope = access.require(workspace, Role.ADMIN);
        return tokens.list(scope.id()).stream().map(TokenResponse::of).toList();
    }

    /** The plain token is in this response only: it is stored hashed and can never be shown again. */
    @PostMapping
    ResponseEntity<IssuedTokenResponse> issue(@PathVariable String workspace, @Valid @RequestBody TokenRequest request) {
        var scope = access.require(workspace, Role.ADMIN);
        var role = request.role() == null ? Role.AGENT : Role.parse(request.role());
        var issued = tokens.issue(scope.id(), request.name().strip(), role);
        var location = URI.create("/api/v1/workspaces/" + scope.slug() + "/tokens/" + issued.id());
        return ResponseEntity.created(location)
                .body(new IssuedTokenResponse(issued.id().toString(), request.name().strip(), wire(role), issued.plainToken()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable String workspace, @PathVariable UUID id) {
        var scope = access.require(workspace, Role.ADMIN);
        if (!tokens.revoke(scope.id(), id)) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No API token " + id + " in this workspace.");
            problem.setType(URI.create("/problems/token-not-found"));
            problem.setTitle("API token not found");
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        }
        return ResponseEntity.noContent().build();
    }

    private static String wire(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    record TokenResponse(String id, String name, String role, Instant createdAt, @Nullable Instant lastUsedAt) {
        static TokenResponse of(ApiTokenView token) {
            return new TokenResponse(token.id().toString(), token.name(), wire(token.role()), token.createdAt(), token.lastUsedAt());
        }
    }

    record IssuedTokenResponse(String id, String name, String role, String token) {}
}
