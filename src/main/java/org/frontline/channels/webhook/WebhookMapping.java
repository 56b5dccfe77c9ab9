package org.frontline.channels.webhook;

import java.util.ArrayList;
import java.util.List;
import org.frontline.web.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Where a source's JSON keeps each part of a post, as JSON Pointers (RFC 6901): {@code /message/body}. Only
 * the text is required; the rest fall back to sensible values.
 */
public record WebhookMapping(
        String text, @Nullable String id, @Nullable String author, @Nullable String url, @Nullable String time) {

    /** What is wrong with the pointers, by field; empty when they are all valid. */
    public List<FieldProblem> problems() {
        var problems = new ArrayList<FieldProblem>();
        check("textPointer", text, true, problems);
        check("idPointer", id, false, problems);
        check("authorPointer", author, false, problems);
        check("urlPointer", url, false, problems);
        check("timePointer", time, false, problems);
        return problems;
    }

    private static void check(String field, @Nullable String pointer, boolean required, List<FieldProblem> problems) {
        if (pointer == null || pointer.isBlank()) {
            if (required) problems.add(new FieldProblem(field, "must be a JSON pointer such as /text"));
            return;
        }
        if (!pointer.startsWith("/") || pointer.length() > 200 || pointer.matches(".*~[^01].*|.*~$")) {
            problems.add(new FieldProblem(field, "must be a JSON pointer such as /message/text (at most 200 characters)"));
        }
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
