package org.frontline.cases;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A status change the workflow does not allow, such as reopening a closed case. */
public class InvalidTransition extends ErrorResponseException {

    public InvalidTransition(CaseStatus from, CaseStatus to) {
        super(HttpStatus.CONFLICT, problem(from, to), null);
    }

    private static ProblemDetail problem(CaseStatus from, CaseStatus to) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "A " + from.wireName() + " case cannot become " + to.wireName() + ".");
        problem.setType(URI.create("/problems/invalid-transition"));
        problem.setTitle("Status change not allowed");
        problem.setProperty("from", from.wireName());
        problem.setProperty("to", to.wireName());
        return problem;
    }
}
