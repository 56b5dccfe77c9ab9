package org.frontline.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request with invalid fields: 400 with {@code errors: [{field, message}]}, and nothing stored. */
public class InvalidRequest extends ErrorResponseException {

    public static final URI TYPE = URI.create("/problems/validation");

    public InvalidRequest(List<FieldProblem> errors) {
        super(HttpStatus.BAD_REQUEST, problem(errors), null);
    }

    private static ProblemDetail problem(List<FieldProblem> errors) {
        var first = errors.getFirst();
        var detail = errors.size() == 1
                ? "Field '%s' %s.".formatted(first.field(), first.message())
                : "Field '%s' %s, and %d more problems.".formatted(first.field(), first.message(), errors.size() - 1);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(TYPE);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }
}
