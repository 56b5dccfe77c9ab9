package org.frontline.classify.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.frontline.classify.RetrainingJob;
import org.frontline.classify.RetrainingJob.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one retraining job: measures the model in use, trains new models with the workspace's corrections,
 * measures them, then stores them, records the figures and ends the job in one transaction, and puts the new
 * models in use. Until that commit the old models stay in use; a failure leaves them in place and says why.
 */
@Component
class RetrainingRunner {

    private static final Logger log = LoggerFactory.getLogger(RetrainingRunner.class);

    /** Where each phase ends, in percent of the whole job (training the rudeness model on 20,000 tweets is the longest). */
    static final int READ = 2;
    static final int MEASURED_BEFORE = 15;
    static final int TRAINED_INTENT = 45;
    static final int TRAINED_RUDENESS = 80;
    static final int MEASURED_AFTER = 97;

    private final RetrainingJobRepository jobs;
    private final WorkspaceCorrections corrections;
    private final WorkspaceClassifiers classifiers;
    private final WorkspaceModelRepository models;
    private final ModelRetraining training;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetrainingRunner(RetrainingJobRepository jobs, WorkspaceCorrections corrections, WorkspaceClassifiers classifiers,
            WorkspaceModelRepository models, ModelRetraining training, TransactionTemplate transactions, Clock clock) {
        this.jobs = jobs;
        this.corrections = corrections;
        this.classifiers = classifiers;
        this.models = models;
        this.training = training;
        this.transactions = transactions;
        this.clock = clock;
    }

    void run(RetrainingJob job) {
        try {
            train(job);
        } catch (RuntimeException | OutOfMemoryError e) {
            // The reason is for the admin: no exception text, which may carry internals; the log has the rest.
            log.error("Retraining {} of workspace {} failed", job.id(), job.workspace().value(), e);
            var reason = e instanceof OutOfMemoryError
                    ? "There was not enough memory to train; the model in use is unchanged."
                    : "Training stopped on an unexpected error (job " + job.id() + " in the server log); the model in use is unchanged.";
            jobs.finish(job.id(), Status.FAILED, "Failed", reason, clock.instant());
        }
    }

    private void train(RetrainingJob job) {
        var workspace = job.workspace();
        step(job, "Reading the corrections", 0);
        var learnable = corrections.of(workspace);
        var evaluation = RetrainingEvaluation.of(learnable);
        var sets = evaluation.size();
        step(job, "Measuring the model in use", READ);
        var before = evaluation.measure(Pipeline.with(classifiers.modelsOf(workspace)),
                done -> step(job, "Measuring the model in use (" + done + " of " + sets + " sets)", between(READ, MEASURED_BEFORE, done, sets)));
        var trained = training.train(learnable.intent(), learnable.rudeness(), (stage, done, total) -> {
            var intent = "intent".equals(stage);
            step(job, "Training the " + stage + " model (epoch " + done + " of " + total + ")",
                    intent ? between(MEASURED_BEFORE, TRAINED_INTENT, done, total) : between(TRAINED_INTENT, TRAINED_RUDENESS, done, total));
        });
        var after = evaluation.measure(Pipeline.with(trained),
                done -> step(job, "Measuring the new model (" + done + " of " + sets + " sets)", between(TRAINED_RUDENESS, MEASURED_AFTER, done, sets)));
        step(job, "Saving the new model", MEASURED_AFTER);
        var version = new ModelVersion(job.id(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        var figures = evaluation.figures(before, after);
        var stored = Boolean.TRUE.equals(transactions.execute(status -> save(job, version, trained, figures, status)));
        if (stored) {
            classifiers.use(workspace, version, trained);
            log.info("Retraining {} of workspace {} done: new models in use", job.id(), workspace.value());
        }
    }

    private boolean save(RetrainingJob job, ModelVersion version, Models trained, List<RetrainingJob.Figure> figures,
            org.springframework.transaction.TransactionStatus status) {
        // A job declared stopped meanwhile (no progress for too long) must not replace the models after all.
        if (!jobs.finish(job.id(), Status.DONE, "Done: the new model is in use", null, clock.instant())) {
            status.setRollbackOnly();
            return false;
        }
        models.save(job.workspace(), version, trained);
        jobs.figures(job.id(), figures);
        return true;
    }

    private void step(RetrainingJob job, String step, int percent) {
        jobs.progress(job.id(), step, percent, clock.instant());
    }

    static int between(int from, int to, int done, int total) {
        return from + (to - from) * done / Math.max(total, 1);
    }
}
