package org.frontline.matching.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any string is either a query or a {@link QuerySyntaxError}, never another exception, a hang or a query that prints
 * into something else. The normal build replays the inputs under {@code QueryFuzzTestsInputs/} (regression mode);
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=QueryFuzzTests} explores new ones. The build turns Jazzer's bug-detector hooks
 * off (pom.xml, {@code jazzer.hooks}): they instrument JDK classes first, which makes a replay take many seconds, and
 * this code runs no regular expressions, processes, files or SQL for them to watch.
 */
class QueryFuzzTests {

    @FuzzTest(maxDuration = "60s")
    void parsesOrRejectsAnyText(FuzzedDataProvider data) {
        String query = data.consumeString(QueryParser.MAX_LENGTH + 10);
        String post = data.consumeRemainingAsString();
        Query parsed;
        try {
            parsed = QueryParser.parse(query);
        } catch (QuerySyntaxError error) {
            assertThat(error.position()).isBetween(0, query.length());
            assertThat(error.getMessage()).isNotBlank();
            return;
        }
        assertThat(QueryParser.parse(parsed.canonical())).isEqualTo(parsed);
        CompiledQuery compiled = CompiledQuery.compile(parsed);
        MatchableText text = MatchableText.of(post, new PostFacts("x", post, "en", post, 10L));
        compiled.match(text).ifPresent(spans -> spans.forEach(span -> assertThat(span.end()).isLessThanOrEqualTo(post.length())));
    }
}
