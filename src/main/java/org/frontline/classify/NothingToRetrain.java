package org.frontline.classify;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Retraining was asked for, but agents have corrected no intent or rudeness yet: there is nothing to learn. */
public class NothingToRetrain extends ErrorResponseException {

    public NothingToRetrain() {
        super(HttpStatus.BAD_REQUEST, problem(), null);
    }

    private static ProblemDetail problem() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "No intent or rudeness has been corrected in this"
                + " workspace yet. Correct some mentions' signals on their case pages, then retrain.");
        problem.setType(URI.create("/problems/nothing-to-retrain"));
        problem.setTitle("Nothing to retrain from");
        return problem;
    }
}
