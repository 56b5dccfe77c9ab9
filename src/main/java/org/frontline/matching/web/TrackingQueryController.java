package org.frontline.matching.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.frontline.matching.TrackingQueries;
import org.frontline.matching.TrackingQueryId;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/workspaces/{workspace}/queries}: list, read, create, change, pause, resume and delete tracking queries,
 * and preview a query against stored posts.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/queries")
class TrackingQueryController {

    private final WorkspaceAccess access;
    private final TrackingQueries queries;

    TrackingQueryController(WorkspaceAccess access, TrackingQueries queries) {
        this.access = access;
        this.queries = queries;
    }

    @GetMapping
    List<TrackingQueryResponse> list(@PathVariable String workspace) {
        var scope = access.require(workspace, Role.VIEWER);
        return queries.list(scope.id()).stream().map(TrackingQueryResponse::of).toList();
    }

    @GetMapping("/{id}")
    TrackingQueryResponse get(@PathVariable String workspace, @PathVariable UUID id) {
        var scope = access.require(workspace, Role.VIEWER);
        return TrackingQueryResponse.of(queries.get(scope.id(), new TrackingQueryId(id)));
    }

    @PostMapping
    ResponseEntity<TrackingQueryResponse> create(
            @PathVariable String workspace, @Valid @RequestBody TrackingQueryRequest request) {
        var scope = access.require(workspace, Role.AGENT);
        var saved = queries.create(scope.id(), request.name(), request.query());
        var location = URI.create("/api/v1/workspaces/" + scope.slug() + "/queries/" + saved.id());
        return ResponseEntity.created(location).body(TrackingQueryResponse.of(saved));
    }

    @PutMapping("/{id}")
    TrackingQueryResponse update(
            @PathVariable String workspace, @PathVariable UUID id, @Valid @RequestBody TrackingQueryRequest request) {
        var scope = access.require(workspace, Role.AGENT);
        return TrackingQueryResponse.of(queries.update(scope.id(), new TrackingQueryId(id), request.name(), request.query()));
    }

    /** What the query would have matched over the last 30 days; nothing is saved. */
    @PostMapping("/preview")
    QueryPreviewResponse preview(@PathVariable String workspace, @Valid @RequestBody QueryPreviewRequest request) {
        var scope = access.require(workspace, Role.VIEWER);
        return QueryPreviewResponse.of(queries.preview(scope.id(), request.query()));
    }

    @PostMapping("/{id}/pause")
    TrackingQueryResponse pause(@PathVariable String workspace, @PathVariable UUID id) {
        var scope = access.require(workspace, Role.AGENT);
        return TrackingQueryResponse.of(queries.setPaused(scope.id(), new TrackingQueryId(id), true));
    }

    @PostMapping("/{id}/resume")
    TrackingQueryResponse resume(@PathVariable String workspace, @PathVariable UUID id) {
        var scope = access.require(workspace, Role.AGENT);
        return TrackingQueryResponse.of(queries.setPaused(scope.id(), new TrackingQueryId(id), false));
    }

    /** Marks the query as a competitor's or the brand's own (share of voice); answers the query's flag. */
    @PutMapping("/{id}/competitor")
    CompetitorFlag competitor(@PathVariable String workspace, @PathVariable UUID id, @RequestBody CompetitorFlag flag) {
        var scope = access.require(workspace, Role.AGENT);
        queries.setCompetitor(scope.id(), new TrackingQueryId(id), flag.competitor());
        return flag;
    }

    @GetMapping("/{id}/competitor")
    CompetitorFlag competitor(@PathVariable String workspace, @PathVariable UUID id) {
        var scope = access.require(workspace, Role.VIEWER);
        var query = queries.get(scope.id(), new TrackingQueryId(id));
        return new CompetitorFlag(queries.competitors(scope.id()).contains(query.id()));
    }

    record CompetitorFlag(boolean competitor) {}

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String workspace, @PathVariable UUID id) {
        var scope = access.require(workspace, Role.AGENT);
        queries.delete(scope.id(), new TrackingQueryId(id));
        return ResponseEntity.noContent().build();
    }
}
