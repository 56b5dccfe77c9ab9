package org.frontline.replies;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Nobody approves or rejects a draft they wrote: the approval step is a second pair of eyes. */
public class OwnDraftApproval extends ErrorResponseException {

    public OwnDraftApproval() {
        super(HttpStatus.FORBIDDEN, problem(), null);
    }

    private static ProblemDetail problem() {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, "You wrote this draft: another approver has to approve or reject it.");
        problem.setType(URI.create("/problems/own-draft"));
        problem.setTitle("Cannot review your own draft");
        return problem;
    }
}
