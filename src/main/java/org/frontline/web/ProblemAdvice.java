package org.frontline.web;

import java.net.URI;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One error format for the whole API: RFC 9457 problem details with a stable {@code type}. Never echoes an
 * exception message or class name; an unexpected failure answers 500 with a {@code traceId} that is also
 * logged.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), String.valueOf(e.getDefaultMessage())))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        var invalid = new InvalidRequest(errors);
        return ResponseEntity.badRequest().body(invalid.getBody());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = tooLarge(ex);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(PayloadTooLarge.problem(tooLarge.limitBytes));
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON.");
        problem.setType(URI.create("/problems/malformed-body"));
        problem.setTitle("Malformed request body");
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        var traceId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        log.error("Unexpected failure, traceId={}", traceId, ex);
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Quote the trace id if you report it.");
        problem.setType(URI.create("/problems/internal"));
        problem.setTitle("Internal error");
        problem.setProperty("traceId", traceId);
        return ResponseEntity.internalServerError().body(problem);
    }

    private static BodySizeLimitFilter.@Nullable BodyTooLargeException tooLarge(Throwable ex) {
        for (var cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
