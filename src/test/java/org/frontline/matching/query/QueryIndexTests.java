package org.frontline.matching.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.matching.Span;
import org.junit.jupiter.api.Test;

class QueryIndexTests {

    @Test
    void findsExactlyWhatEvaluatingEveryQueryFindsWithTheSameSpans() {
        // With spans: candidates are decided by their compiled checks and the spans come from the post's token
        // numbers, so both must agree with the exact evaluator, span for span.
        RandomQueries random = new RandomQueries(20261123L);
        Map<Integer, CompiledQuery> queries = new LinkedHashMap<>();
        for (int i = 0; i < 3_000; i++) {
            queries.put(i, CompiledQuery.compile(QueryParser.parse(random.query(3))));
        }
        QueryIndex<Integer> index = QueryIndex.of(queries);

        for (int post = 0; post < 400; post++) {
            MatchableText text = MatchableText.of(random.post(), random.facts());
            List<QueryIndex.Match<Integer>> expected = new ArrayList<>();
            queries.forEach((id, query) -> query.match(text).ifPresent(spans -> expected.add(new QueryIndex.Match<>(id, spans))));

            assertThat(index.match(text)).as("post %d: %s", post, text.tokens()).isEqualTo(expected);
        }
    }

    @Test
    void findsWithoutSpansExactlyWhatEvaluatingEveryQueryFinds() {
        // Ids only: candidates are tested by their compiled checks and ORs of words are taken on their word alone,
        // so this is where those shortcuts must agree with the exact evaluator.
        RandomQueries random = new RandomQueries(20261124L);
        Map<Integer, CompiledQuery> queries = new LinkedHashMap<>();
        for (int i = 0; i < 3_000; i++) {
            queries.put(i, CompiledQuery.compile(QueryParser.parse(random.query(3))));
        }
        QueryIndex<Integer> index = QueryIndex.of(queries);

        for (int post = 0; post < 400; post++) {
            MatchableText text = MatchableText.of(random.post(), random.facts());
            List<Integer> expected = new ArrayList<>();
            queries.forEach((id, query) -> {
                if (query.matches(text)) {
                    expected.add(id);
                }
            });

            List<Integer> found = new ArrayList<>();
            index.forEachMatch(text, found::add);

            assertThat(found).as("post %d: %s", post, text.tokens()).isEqualTo(expected);
        }
    }

    @Test
    void takesAnOrOfWordsOnTheWordThatBroughtIt() {
        QueryIndex<String> index = index("refund OR (acme OR \"money back\")", "refund AND NOT acme");

        assertThat(keys(index, "acme")).containsExactly("refund OR (acme OR \"money back\")");
        assertThat(keys(index, "refund acme")).containsExactly("refund OR (acme OR \"money back\")");
        assertThat(keys(index, "money back")).containsExactly("refund OR (acme OR \"money back\")");
        assertThat(keys(index, "money")).isEmpty();
        assertThat(keys(index, "refund")).containsExactly("refund OR (acme OR \"money back\")", "refund AND NOT acme");
    }

    @Test
    void filesAWildcardUnderItsWholeStem() {
        QueryIndex<String> index = index("refund*");

        assertThat(index.candidateCount(MatchableText.of("refuse the offer"))).isZero();
        assertThat(keys(index, "refunded")).containsExactly("refund*");
    }

    @Test
    void evaluatesOnlyTheQueriesWhoseKeysThePostHas() {
        QueryIndex<String> index = index("acme AND refund", "brokenness", "#acme", "lang:fr AND delivery", "xyz* OR zzz");

        MatchableText text = MatchableText.of("acme is great", new PostFacts("x", "ana", "en", null, null));

        assertThat(index.candidateCount(text)).isZero();
        assertThat(index.match(text)).isEmpty();
    }

    @Test
    void filesAnAndUnderItsRarestWord() {
        QueryIndex<String> index = index("the AND refund");

        assertThat(index.candidateCount(MatchableText.of("the end"))).isZero();
        assertThat(index.candidateCount(MatchableText.of("a refund"))).isOne();
    }

    @Test
    void evaluatesQueriesWithoutRequiredWordsForEveryPost() {
        QueryIndex<String> index = index("NOT spam", "followers:>10");

        assertThat(index.unindexedCount()).isEqualTo(2);
        assertThat(keys(index, "hello")).containsExactly("NOT spam");
    }

    @Test
    void findsWildcardsHashtagsAndFieldsThroughTheirKeys() {
        QueryIndex<String> index = index("refund*", "#acme", "lang:fr", "author:ana");

        MatchableText text = MatchableText.of("Refunding #ACME", new PostFacts("x", "ana@x.example", "fr-FR", null, null));

        assertThat(index.match(text).stream().map(QueryIndex.Match::key)).containsExactly("refund*", "#acme", "lang:fr", "author:ana");
    }

    @Test
    void reportsMatchesInTheOrderQueriesWereGivenWithTheirSpans() {
        QueryIndex<String> index = index("refund", "acme OR refund");

        assertThat(index.match(MatchableText.of("acme refund")))
                .containsExactly(
                        new QueryIndex.Match<>("refund", List.of(new Span(5, 11))),
                        new QueryIndex.Match<>("acme OR refund", List.of(new Span(0, 4), new Span(5, 11))));
    }

    @Test
    void givesQueriesMatchedByOneWordOnlyThatWordsSpansWhereverItStands() {
        QueryIndex<String> index = index("refund", "acme OR refund", "refund OR nothing", "refund AND acme");

        List<QueryIndex.Match<String>> matches = index.match(MatchableText.of("refund acme, Refund"));

        List<Span> refund = List.of(new Span(0, 6), new Span(13, 19));
        assertThat(matches).containsExactly(
                new QueryIndex.Match<>("refund", refund),
                new QueryIndex.Match<>("acme OR refund", List.of(new Span(0, 6), new Span(7, 11), new Span(13, 19))),
                new QueryIndex.Match<>("refund OR nothing", refund),
                new QueryIndex.Match<>("refund AND acme", List.of(new Span(0, 6), new Span(7, 11), new Span(13, 19))));
        assertThat(matches.get(2).spans()).isSameAs(matches.get(0).spans());
    }

    @Test
    void doesNotCarryAWordsSpansOverToTheNextPost() {
        QueryIndex<String> index = index("refund");

        assertThat(index.match(MatchableText.of("refund")).getFirst().spans()).containsExactly(new Span(0, 6));
        assertThat(index.match(MatchableText.of("a refund")).getFirst().spans()).containsExactly(new Span(2, 8));
    }

    @Test
    void spansAWildcardOnEveryWordWithItsStemFromTheFirstOneOn() {
        QueryIndex<String> index = index("refund*", "acme AND refun*");

        List<QueryIndex.Match<String>> matches = index.match(MatchableText.of("acme refunds, refunded refund refunds"));

        List<Span> stems = List.of(new Span(5, 12), new Span(14, 22), new Span(23, 29), new Span(30, 37));
        assertThat(matches.get(0).spans()).isEqualTo(stems);
        assertThat(matches.get(1).spans()).containsExactly(new Span(0, 4), new Span(5, 12), new Span(14, 22),
                new Span(23, 29), new Span(30, 37));
    }

    @Test
    void marksACandidateSureWhicheverOfItsAtomsBringsItFirst() {
        QueryIndex<String> index = index("refund AND late", "late OR acme");

        assertThat(keys(index, "late refund")).containsExactly("refund AND late", "late OR acme");
        assertThat(keys(index, "late")).containsExactly("late OR acme");
        assertThat(keys(index, "refund")).isEmpty();
    }

    @Test
    void addsALoneWordsSpansOnceAnotherPartOfTheQueryHasSpans() {
        QueryIndex<String> index = index("refund OR \"money back\"", "#acme OR refund");

        assertThat(index.match(MatchableText.of("money back refund #acme"))).containsExactly(
                new QueryIndex.Match<>("refund OR \"money back\"", List.of(new Span(0, 10), new Span(11, 17))),
                new QueryIndex.Match<>("#acme OR refund", List.of(new Span(11, 17), new Span(18, 23))));
    }

    private static List<String> keys(QueryIndex<String> index, String text) {
        List<String> keys = new ArrayList<>();
        index.forEachMatch(MatchableText.of(text), keys::add);
        return keys;
    }

    private static QueryIndex<String> index(String... queries) {
        Map<String, CompiledQuery> compiled = new LinkedHashMap<>();
        for (String query : queries) {
            compiled.put(query, CompiledQuery.compile(QueryParser.parse(query)));
        }
        return QueryIndex.of(compiled);
    }
}
