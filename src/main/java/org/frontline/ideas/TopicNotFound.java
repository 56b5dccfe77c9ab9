package org.frontline.ideas;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No such topic in this workspace: another workspace's topic looks the same. */
public class TopicNotFound extends ErrorResponseException {

    public TopicNotFound() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such topic here.");
        problem.setType(URI.create("/problems/topic-not-found"));
        problem.setTitle("Topic not found");
        return problem;
    }
}
