package org.frontline.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontline.cases.web.Highlights.Segment;
import org.frontline.matching.Span;
import org.junit.jupiter.api.Test;

class HighlightsTests {

    @Test
    void marksEachSpanAndKeepsTheTextAroundIt() {
        assertThat(Highlights.of("my acme cam is broken", List.of(new Span(3, 7), new Span(15, 21))))
                .containsExactly(
                        new Segment("my ", false),
                        new Segment("acme", true),
                        new Segment(" cam is ", false),
                        new Segment("broken", true));
    }

    @Test
    void joinsOverlappingSpansOfDifferentQueries() {
        assertThat(Highlights.of("acme refund", List.of(new Span(0, 4), new Span(0, 11), new Span(5, 11))))
                .containsExactly(new Segment("acme refund", true));
    }

    @Test
    void clipsSpansThatRunPastTheTextInsteadOfFailing() {
        assertThat(Highlights.of("acme", List.of(new Span(2, 40), new Span(10, 12))))
                .containsExactly(new Segment("ac", false), new Segment("me", true));
    }

    @Test
    void leavesTextWithoutSpansWhole() {
        assertThat(Highlights.of("<script>alert(1)</script>", List.of()))
                .containsExactly(new Segment("<script>alert(1)</script>", false));
    }
}
