package org.frontline.matching.web;

import java.util.ArrayList;
import java.util.List;
import org.frontline.matching.QueryPreview;
import org.frontline.matching.Span;

/**
 * A preview ready for the page: bars of the per-day counts (heights in pixels, so the SVG needs no style) and each
 * example's text cut into plain and highlighted segments. The template prints segments as text, never as markup.
 */
record PreviewView(int scanned, long matched, boolean complete, List<Bar> bars, List<ExampleView> examples) {

    static final int CHART_HEIGHT = 40;
    static final int BAR_WIDTH = 8;

    record Bar(int x, int y, int height, String title) {}

    record ExampleView(String channel, String author, String createdAt, List<Segment> segments) {}

    record Segment(String text, boolean marked) {}

    static PreviewView of(QueryPreview preview) {
        long max = preview.days().stream().mapToLong(QueryPreview.Day::matches).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < preview.days().size(); i++) {
            var day = preview.days().get(i);
            int height = max == 0 ? 0 : (int) Math.max(day.matches() > 0 ? 1 : 0, day.matches() * CHART_HEIGHT / max);
            bars.add(new Bar(i * (BAR_WIDTH + 2), CHART_HEIGHT - height, height, day.date() + ": " + day.matches()));
        }
        List<ExampleView> examples = preview.examples().stream()
                .map(e -> new ExampleView(e.channel(), e.author(), e.createdAt().toString(), segments(e.text(), e.spans())))
                .toList();
        return new PreviewView(preview.scanned(), preview.matched(), preview.complete(), bars, examples);
    }

    static int chartWidth() {
        return QueryPreview.DAYS * (BAR_WIDTH + 2);
    }

    // Spans come sorted and merged from the matcher; clip them to the text in case it changed since.
    private static List<Segment> segments(String text, List<Span> spans) {
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (Span span : spans) {
            int start = Math.min(Math.max(span.start(), position), text.length());
            int end = Math.min(span.end(), text.length());
            if (start > position) {
                segments.add(new Segment(text.substring(position, start), false));
            }
            if (end > start) {
                segments.add(new Segment(text.substring(start, end), true));
                position = end;
            }
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), false));
        }
        return segments;
    }
}
