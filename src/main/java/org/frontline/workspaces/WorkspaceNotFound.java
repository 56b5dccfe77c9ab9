package org.frontline.workspaces;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A workspace that does not exist or that the caller was not granted: the two are indistinguishable. */
public class WorkspaceNotFound extends ErrorResponseException {

    public WorkspaceNotFound(String slug) {
        super(HttpStatus.NOT_FOUND, problem(slug), null);
    }

    private static ProblemDetail problem(String slug) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No workspace '" + slug + "' here.");
        problem.setType(URI.create("/problems/workspace-not-found"));
        problem.setTitle("Workspace not found");
        return problem;
    }
}
