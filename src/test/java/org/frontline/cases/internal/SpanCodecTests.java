package org.frontline.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontline.matching.Span;
import org.junit.jupiter.api.Test;

class SpanCodecTests {

    @Test
    void roundTripsSpans() {
        var spans = List.of(new Span(0, 4), new Span(17, 27));

        assertThat(SpanCodec.decode(SpanCodec.encode(spans))).isEqualTo(spans);
    }

    @Test
    void readsNoSpansFromAnEmptyValue() {
        assertThat(SpanCodec.decode("")).isEmpty();
    }
}
