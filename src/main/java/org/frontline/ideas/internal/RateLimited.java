package org.frontline.ideas.internal;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Too many of one action in the current hour: 429, with a message a customer can act on. */
public class RateLimited extends ErrorResponseException {

    public RateLimited(String what) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(what), null);
    }

    private static ProblemDetail problem(String what) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS, "Too many " + what + " in the last hour. Please try again later.");
        problem.setType(URI.create("/problems/rate-limited"));
        problem.setTitle("Slow down");
        return problem;
    }

    public String message() {
        return String.valueOf(getBody().getDetail());
    }
}
