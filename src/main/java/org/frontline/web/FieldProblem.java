package org.frontline.web;

/** One invalid field of a request, e.g. {@code [2].author.handle}: "must not be blank". */
public record FieldProblem(String field, String message) {}
