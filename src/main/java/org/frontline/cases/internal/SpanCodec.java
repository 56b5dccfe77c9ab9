package org.frontline.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.frontline.matching.Span;

/** Stores spans compactly as {@code "start-end,start-end"}. */
final class SpanCodec {

    private SpanCodec() {}

    static String encode(List<Span> spans) {
        return spans.stream().map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(","));
    }

    static List<Span> decode(String encoded) {
        var spans = new ArrayList<Span>();
        if (encoded.isBlank()) {
            return spans;
        }
        for (var part : encoded.split(",")) {
            var dash = part.indexOf('-');
            spans.add(new Span(Integer.parseInt(part.substring(0, dash)), Integer.parseInt(part.substring(dash + 1))));
        }
        return spans;
    }
}
