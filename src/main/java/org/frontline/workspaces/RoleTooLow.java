package org.frontline.workspaces;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The caller may see the workspace but not do this in it. */
public class RoleTooLow extends ErrorResponseException {

    public RoleTooLow(Role required) {
        super(HttpStatus.FORBIDDEN, problem(required), null);
    }

    private static ProblemDetail problem(Role required) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN,
                "This needs the " + required.name().toLowerCase(java.util.Locale.ROOT) + " role in the workspace.");
        problem.setType(URI.create("/problems/forbidden"));
        problem.setTitle("Not allowed");
        problem.setProperty("requiredRole", required.name().toLowerCase(java.util.Locale.ROOT));
        return problem;
    }
}
