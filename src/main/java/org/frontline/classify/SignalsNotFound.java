package org.frontline.classify;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The mention has no signals in this workspace (it does not exist here, or is not classified yet). */
public class SignalsNotFound extends ErrorResponseException {

    public SignalsNotFound() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "This mention has no signals.");
        problem.setType(URI.create("/problems/not-found"));
        problem.setTitle("Not found");
        return problem;
    }
}
