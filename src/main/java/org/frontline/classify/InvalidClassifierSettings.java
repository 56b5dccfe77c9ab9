package org.frontline.classify;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** External classifier settings that cannot be saved: a URL that is not http(s), an empty model, a time-out out of range. */
public class InvalidClassifierSettings extends ErrorResponseException {

    public InvalidClassifierSettings(String detail) {
        super(HttpStatus.BAD_REQUEST, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("/problems/invalid-classifier-settings"));
        problem.setTitle("Invalid classifier settings");
        return problem;
    }
}
