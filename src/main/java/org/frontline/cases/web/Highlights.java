package org.frontline.cases.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.frontline.matching.Span;

/**
 * Cuts a post's text into plain and highlighted segments. The template prints each segment as text, so a
 * post's markup is shown, never run.
 */
final class Highlights {

    record Segment(String text, boolean marked) {}

    private Highlights() {}

    static List<Segment> of(String text, List<Span> spans) {
        var segments = new ArrayList<Segment>();
        var position = 0;
        for (var span : merged(spans, text.length())) {
            if (span.start() > position) {
                segments.add(new Segment(text.substring(position, span.start()), false));
            }
            segments.add(new Segment(text.substring(span.start(), span.end()), true));
            position = span.end();
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), false));
        }
        return segments;
    }

    /** Sorted, clipped to the text, and with overlaps joined (two queries may match the same words). */
    private static List<Span> merged(List<Span> spans, int length) {
        var sorted = spans.stream()
                .filter(s -> s.start() < length)
                .map(s -> new Span(s.start(), Math.min(s.end(), length)))
                .sorted(Comparator.comparingInt(Span::start))
                .toList();
        var result = new ArrayList<Span>();
        for (var span : sorted) {
            if (!result.isEmpty() && span.start() <= result.getLast().end()) {
                var last = result.removeLast();
                result.add(new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                result.add(span);
            }
        }
        return result;
    }
}
