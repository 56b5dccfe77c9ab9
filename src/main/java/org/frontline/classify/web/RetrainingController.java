package org.frontline.classify.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontline.classify.RetrainingJob;
import org.frontline.classify.RetrainingJobNotFound;
import org.frontline.classify.internal.ModelVersion;
import org.frontline.classify.internal.RetrainingJobs;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.TokenPrincipal;
import org.frontline.workspaces.WorkspaceAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/workspaces/{workspace}/classifier/retraining}: start retraining the workspace's models from its
 * corrections ({@code POST}, 202 with the running job; 409 while one runs; 400 with no corrections), follow a job
 * ({@code GET …/{id}}), or see the model in use and recent jobs ({@code GET}). Admins only.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/classifier/retraining")
class RetrainingController {

    record JobResponse(UUID id, String status, String step, int percent, String startedBy, int intentCorrections,
            int rudenessCorrections, @Nullable String message, Instant startedAt, @Nullable Instant finishedAt,
            List<RetrainingJob.Figure> figures) {
        static JobResponse of(RetrainingJob j) {
            return new JobResponse(j.id(), j.status().name().toLowerCase(java.util.Locale.ROOT), j.step(), j.percent(), j.startedBy(),
                    j.intentCorrections(), j.rudenessCorrections(), j.message(), j.startedAt(), j.finishedAt(), j.figures());
        }
    }

    record Corrections(int intent, int rudeness) {}

    record OverviewResponse(@Nullable ModelVersion modelInUse, Corrections corrections, List<JobResponse> jobs) {}

    private final WorkspaceAccess access;
    private final RetrainingJobs jobs;

    RetrainingController(WorkspaceAccess access, RetrainingJobs jobs) {
        this.access = access;
        this.jobs = jobs;
    }

    @PostMapping
    ResponseEntity<JobResponse> start(@PathVariable String workspace, Authentication who) {
        var scope = access.require(workspace, Role.ADMIN);
        var job = jobs.start(scope.id(), who.getPrincipal() instanceof TokenPrincipal token ? "API: " + token.name() : who.getName());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/workspaces/" + scope.slug() + "/classifier/retraining/" + job.id()))
                .body(JobResponse.of(job));
    }

    @GetMapping("/{id}")
    JobResponse job(@PathVariable String workspace, @PathVariable UUID id) {
        var scope = access.require(workspace, Role.ADMIN);
        return JobResponse.of(jobs.find(scope.id(), id).orElseThrow(RetrainingJobNotFound::new));
    }

    @GetMapping
    OverviewResponse overview(@PathVariable String workspace) {
        var scope = access.require(workspace, Role.ADMIN);
        var learnable = jobs.learnableCorrections(scope.id());
        return new OverviewResponse(jobs.modelInUse(scope.id()).orElse(null), new Corrections(learnable.intent(), learnable.rudeness()),
                jobs.recent(scope.id(), 10).stream().map(JobResponse::of).toList());
    }
}
