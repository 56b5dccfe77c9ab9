package org.frontline.classify;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A retraining was asked for while one of the same workspace still runs: one at a time per workspace. */
public class RetrainingAlreadyRunning extends ErrorResponseException {

    private final UUID running;

    public RetrainingAlreadyRunning(UUID running, String startedBy, int percent) {
        super(HttpStatus.CONFLICT, problem(running, startedBy, percent), null);
        this.running = running;
    }

    public UUID running() {
        return running;
    }

    private static ProblemDetail problem(UUID running, String startedBy, int percent) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A retraining started by " + startedBy
                + " is still running (" + percent + " % done). Wait for it to finish, then start again if needed.");
        problem.setType(URI.create("/problems/retraining-running"));
        problem.setTitle("Retraining already running");
        problem.setProperty("runningJob", running.toString());
        return problem;
    }
}
