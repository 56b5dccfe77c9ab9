package org.frontline.cases.web;

import java.time.Instant;
import java.util.List;
import org.frontline.ingest.PostView;
import org.frontline.shared.Page;
import org.frontline.shared.PageRequest;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/workspaces/{workspace}/cases}: cases newest first, paged. */
@RestController
class CaseApiController {

    private final WorkspaceAccess access;
    private final CaseViews views;

    CaseApiController(WorkspaceAccess access, CaseViews views) {
        this.access = access;
        this.views = views;
    }

    @GetMapping("/api/v1/workspaces/{workspace}/cases")
    Page<CaseResponse> list(
            @PathVariable String workspace,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var scope = access.require(workspace, Role.VIEWER);
        var request = new PageRequest(Math.max(page, 0), size);
        return views.inbox(scope.id(), request).map(CaseResponse::of);
    }

    record CaseResponse(
            String id, String status, String priority, @Nullable String team, @Nullable String assignee, String subject,
            Instant openedAt, PostResponse post, List<MatchedQueryResponse> matchedQueries, @Nullable SlaResponse sla) {

        static CaseResponse of(CaseViews.CaseSummary c) {
            return new CaseResponse(
                    c.id().toString(),
                    c.status(),
                    c.priority(),
                    c.team(),
                    c.assignee(),
                    c.subject(),
                    c.openedAt(),
                    PostResponse.of(c.post()),
                    c.matchedQueries().stream().map(MatchedQueryResponse::of).toList(),
                    c.sla() == null ? null : SlaResponse.of(c.sla()));
        }
    }

    /** The most pressing SLA target: {@code first_response}, {@code on_track}, and when it is due. */
    record SlaResponse(String target, String state, @Nullable Instant dueAt) {
        static SlaResponse of(org.frontline.routing.SlaStatus sla) {
            return new SlaResponse(
                    sla.kind().name().toLowerCase(java.util.Locale.ROOT),
                    sla.state().name().toLowerCase(java.util.Locale.ROOT),
                    sla.dueAt());
        }
    }

    record PostResponse(
            String id, String channel, String externalId, @Nullable String url, AuthorResponse author, String text,
            @Nullable String lang, Instant createdAt) {

        static PostResponse of(PostView p) {
            var a = p.author();
            return new PostResponse(
                    p.id().toString(),
                    p.channel().wireName(),
                    p.externalId(),
                    p.url(),
                    new AuthorResponse(a.handle(), a.displayName(), a.profileUrl(), a.followers()),
                    p.text(),
                    p.lang(),
                    p.createdAt());
        }
    }

    record AuthorResponse(String handle, @Nullable String displayName, @Nullable String profileUrl, @Nullable Long followers) {}

    record MatchedQueryResponse(String id, String name, List<SpanResponse> spans) {

        static MatchedQueryResponse of(CaseViews.MatchedQuery q) {
            return new MatchedQueryResponse(
                    q.id().toString(), q.name(), q.spans().stream().map(s -> new SpanResponse(s.start(), s.end())).toList());
        }
    }

    record SpanResponse(int start, int end) {}
}
