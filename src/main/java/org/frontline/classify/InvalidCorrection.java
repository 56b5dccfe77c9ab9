package org.frontline.classify;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A correction names a signal or value that does not exist. */
public class InvalidCorrection extends ErrorResponseException {

    public InvalidCorrection(String detail) {
        super(HttpStatus.BAD_REQUEST, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("/problems/invalid-correction"));
        problem.setTitle("Invalid correction");
        return problem;
    }
}
