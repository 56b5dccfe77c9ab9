package org.frontline.matching;

import java.net.URI;
import org.frontline.matching.query.QuerySyntaxError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A query that does not parse: 400 naming the 0-based {@code position} and what was {@code expected} there. */
public class InvalidTrackingQuery extends ErrorResponseException {

    public static final URI TYPE = URI.create("/problems/query-syntax");

    private final QuerySyntaxError error;

    public InvalidTrackingQuery(QuerySyntaxError error) {
        super(HttpStatus.BAD_REQUEST, problem(error), error);
        this.error = error;
    }

    public int position() {
        return error.position();
    }

    public String expected() {
        return error.expected();
    }

    private static ProblemDetail problem(QuerySyntaxError error) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, error.getMessage());
        problem.setType(TYPE);
        problem.setTitle("Query syntax error");
        problem.setProperty("position", error.position());
        problem.setProperty("expected", error.expected());
        return problem;
    }
}
