package org.frontline.ideas.internal;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A portal submission that cannot be accepted as sent (too long, empty, …): 400 with a message for the author. */
public class PortalRefused extends ErrorResponseException {

    public PortalRefused(String detail) {
        super(HttpStatus.BAD_REQUEST, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("/problems/portal-submission"));
        problem.setTitle("Cannot accept this");
        return problem;
    }

    public String message() {
        return String.valueOf(getBody().getDetail());
    }
}
