package org.frontline.matching;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

public class TrackingQueryNotFound extends ErrorResponseException {

    public TrackingQueryNotFound(TrackingQueryId id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(TrackingQueryId id) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No tracking query " + id + " in this workspace.");
        problem.setType(URI.create("/problems/tracking-query-not-found"));
        problem.setTitle("Tracking query not found");
        return problem;
    }
}
