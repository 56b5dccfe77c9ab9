package org.frontline.matching;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Query names are unique in a workspace so that people can tell them apart. */
public class DuplicateQueryName extends ErrorResponseException {

    public DuplicateQueryName(String name) {
        super(HttpStatus.CONFLICT, problem(name), null);
    }

    private static ProblemDetail problem(String name) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "A tracking query named '" + name + "' already exists in this workspace.");
        problem.setType(URI.create("/problems/duplicate-query-name"));
        problem.setTitle("Name already taken");
        problem.setProperty("field", "name");
        return problem;
    }
}
