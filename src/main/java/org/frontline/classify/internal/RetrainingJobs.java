package org.frontline.classify.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.classify.NothingToRetrain;
import org.frontline.classify.RetrainingAlreadyRunning;
import org.frontline.classify.RetrainingJob;
import org.frontline.classify.RetrainingJob.Status;
import org.frontline.shared.WorkspaceId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Starts and reports retraining jobs. One job at a time per workspace, enforced by the database so that it
 * holds across nodes; each job runs on a background thread of its own at low priority, so that classifying
 * the live stream keeps precedence. Models are per workspace: a job learns from that workspace's corrections
 * and changes only that workspace's classifier.
 */
@Component
public class RetrainingJobs {

    /** A running job reports progress every few seconds; one silent this long died with its process. */
    static final Duration SILENT = Duration.ofMinutes(5);

    private final RetrainingJobRepository jobs;
    private final WorkspaceCorrections corrections;
    private final RetrainingRunner runner;
    private final WorkspaceClassifiers classifiers;
    private final Clock clock;

    RetrainingJobs(RetrainingJobRepository jobs, WorkspaceCorrections corrections, RetrainingRunner runner,
            WorkspaceClassifiers classifiers, Clock clock) {
        this.jobs = jobs;
        this.corrections = corrections;
        this.runner = runner;
        this.classifiers = classifiers;
        this.clock = clock;
    }

    /**
     * Starts retraining in the background and returns the running job at once.
     *
     * @throws RetrainingAlreadyRunning when a job of this workspace still runs
     * @throws NothingToRetrain when the workspace has no intent or rudeness corrections
     */
    public RetrainingJob start(WorkspaceId workspace, String startedBy) {
        failSilentJobs();
        jobs.running(workspace).ifPresent(running -> {
            throw new RetrainingAlreadyRunning(running.id(), running.startedBy(), running.percent());
        });
        var learnable = corrections.of(workspace);
        if (learnable.isEmpty()) {
            throw new NothingToRetrain();
        }
        var job = new RetrainingJob(UUID.randomUUID(), workspace, Status.RUNNING, "Starting", 0, startedBy, learnable.intent().size(),
                learnable.rudeness().size(), null, clock.instant(), null, List.of());
        try {
            jobs.insertRunning(job);
        } catch (DuplicateKeyException e) {
            // Another request (or node) started one between the check and the insert.
            var running = jobs.running(workspace).orElseThrow(() -> e);
            throw new RetrainingAlreadyRunning(running.id(), running.startedBy(), running.percent());
        }
        var thread = new Thread(() -> runner.run(job), "retraining-" + job.id());
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return job;
    }

    public Optional<RetrainingJob> find(WorkspaceId workspace, UUID id) {
        failSilentJobs();
        return jobs.find(workspace, id);
    }

    /** The workspace's jobs, newest first. */
    public List<RetrainingJob> recent(WorkspaceId workspace, int limit) {
        failSilentJobs();
        return jobs.recent(workspace, limit);
    }

    /** The workspace's retrained models in use, empty while it classifies with the shipped ones. */
    public Optional<ModelVersion> modelInUse(WorkspaceId workspace) {
        return classifiers.versionOf(workspace);
    }

    /** How many corrections of each learned signal a retraining would learn from now. */
    public record Learnable(int intent, int rudeness) {}

    public Learnable learnableCorrections(WorkspaceId workspace) {
        var learnable = corrections.of(workspace);
        return new Learnable(learnable.intent().size(), learnable.rudeness().size());
    }

    private void failSilentJobs() {
        var now = clock.instant();
        for (var job : jobs.silentSince(now.minus(SILENT))) {
            jobs.finish(job.id(), Status.FAILED, "Stopped", "The process running it stopped (no progress for "
                    + SILENT.toMinutes() + " minutes, for example a restart); the model in use is unchanged. Start it again.", now);
        }
    }
}
