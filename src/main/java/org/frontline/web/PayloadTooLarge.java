package org.frontline.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request body over the limit: 413, before anything is parsed or stored. */
public class PayloadTooLarge extends ErrorResponseException {

    public PayloadTooLarge(long limitBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, problem(limitBytes), null);
    }

    static ProblemDetail problem(long limitBytes) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than the limit of " + limitBytes + " bytes.");
        problem.setType(URI.create("/problems/payload-too-large"));
        problem.setTitle("Request too large");
        problem.setProperty("limitBytes", limitBytes);
        return problem;
    }
}
