package org.frontline.replies;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Approving, rejecting or editing a reply that is no longer a draft: already sent, rejected, or never a draft. */
public class ReplyNotAwaitingApproval extends ErrorResponseException {

    private final DeliveryState state;

    public ReplyNotAwaitingApproval(DeliveryState state) {
        super(HttpStatus.CONFLICT, problem(state), null);
        this.state = state;
    }

    public DeliveryState state() {
        return state;
    }

    private static ProblemDetail problem(DeliveryState state) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, switch (state) {
            case REJECTED -> "This draft was rejected: write a new reply instead.";
            case QUEUED, SENT, FAILED, UNKNOWN, ANSWERED_ELSEWHERE -> "This reply was already approved and sent.";
            case AWAITING_APPROVAL -> "This draft is awaiting approval.";
        });
        problem.setType(URI.create("/problems/reply-not-awaiting-approval"));
        problem.setTitle("Reply is not awaiting approval");
        problem.setProperty("state", state.wireName());
        return problem;
    }
}
