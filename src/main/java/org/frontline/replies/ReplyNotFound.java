package org.frontline.replies;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No such reply on this case in this workspace (another workspace's reply looks the same). */
public class ReplyNotFound extends ErrorResponseException {

    public ReplyNotFound(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No reply " + id + " on this case.");
        problem.setType(URI.create("/problems/reply-not-found"));
        problem.setTitle("Reply not found");
        return problem;
    }
}
