package org.frontline.cases;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No such case in this workspace (another workspace's case looks the same). */
public class CaseNotFound extends ErrorResponseException {

    public CaseNotFound(CaseId id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(CaseId id) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No case " + id + " in this workspace.");
        problem.setType(URI.create("/problems/case-not-found"));
        problem.setTitle("Case not found");
        return problem;
    }
}
