package org.frontline.matching.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.matching.query.QueryParserTests.and;
import static org.frontline.matching.query.QueryParserTests.not;
import static org.frontline.matching.query.QueryParserTests.phrase;
import static org.frontline.matching.query.QueryParserTests.term;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.frontline.matching.Span;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompiledQueryTests {

    @Nested
    class Terms {

        @Test
        void matchesATermWhateverItsCase() {
            assertThat(match("refund", "REFUND please")).contains(List.of(new Span(0, 6)));
        }

        @Test
        void matchesAccentedTextWithAPlainTermAndTheOtherWayRound() {
            assertThat(match("refund", "Réfund s'il vous plaît")).contains(List.of(new Span(0, 6)));
            assertThat(match("réfund", "need a refund")).contains(List.of(new Span(7, 13)));
            assertThat(match("Rückerstattung", "Wo bleibt meine RUCKERSTATTUNG?"))
                    .contains(List.of(new Span(16, 30)));
        }

        @Test
        void matchesFullwidthText() {
            assertThat(match("acme", "ＡＣＭＥ is down")).contains(List.of(new Span(0, 4)));
            assertThat(match("ＡＣＭＥ", "acme is down")).contains(List.of(new Span(0, 4)));
        }

        @Test
        void matchesWholeWordsOnly() {
            assertThat(match("acme", "acmeville and subacme")).isEmpty();
        }

        @Test
        void reportsEveryOccurrence() {
            assertThat(match("refund", "Refund, refund, REFUND!"))
                    .contains(List.of(new Span(0, 6), new Span(8, 14), new Span(16, 22)));
        }

        @Test
        void reportsEveryOccurrenceInALongText() {
            String text = "refund ".repeat(1_000);

            assertThat(match("refund", text))
                    .hasValueSatisfying(
                            spans -> assertThat(spans).hasSize(1_000).endsWith(new Span(6_993, 6_999)));
        }
    }

    @Nested
    class Spans {

        @Test
        void pointsIntoTheOriginalTextInUtf16UnitsAfterEmojiAndAccents() {
            String text = "😡😡 Crème brûlée: Réfund NOW";

            Optional<List<Span>> spans = match("refund", text);

            assertThat(spans).contains(List.of(new Span(19, 25)));
            assertThat(text.substring(19, 25)).isEqualTo("Réfund");
        }

        @Test
        void coversDecomposedAccentsInTheOriginal() {
            assertThat(match("refund", "my Re\u0301fund")).contains(List.of(new Span(3, 10)));
        }

        @Test
        void coversLettersOutsideTheBasicMultilingualPlane() {
            assertThat(match("acme", "I ❤️ 𝐀𝐜𝐦𝐞")).contains(List.of(new Span(5, 13)));
        }

        @Test
        void sortsSpansByStart() {
            assertThat(match("broken OR acme", "acme is broken")).contains(List.of(new Span(0, 4), new Span(8, 14)));
        }

        @Test
        void mergesOverlappingSpans() {
            assertThat(match("\"acme hub\" OR \"hub rocks\"", "the acme hub rocks"))
                    .contains(List.of(new Span(4, 18)));
            assertThat(match("acme OR \"acme hub\"", "acme hub")).contains(List.of(new Span(0, 8)));
        }

        @Test
        void highlightsOnlyTheBranchesThatHold() {
            assertThat(match("(acme AND broken) OR refund", "acme refund")).contains(List.of(new Span(5, 11)));
        }

        @Test
        void neverHighlightsNegatedTerms() {
            assertThat(match("acme NOT (refund broken)", "acme refund")).contains(List.of(new Span(0, 4)));
        }

        @Test
        void highlightsTermsUnderADoubleNegation() {
            assertThat(match("NOT (NOT refund)", "refund now")).contains(List.of(new Span(0, 6)));
            assertThat(match("NOT (acme AND NOT refund)", "acme refund")).contains(List.of(new Span(5, 11)));
        }
    }

    @Nested
    class Operators {

        @Test
        void requiresEveryClauseOfAnAnd() {
            assertThat(match("acme refund", "acme is great")).isEmpty();
            assertThat(match("acme refund", "refund from Acme")).contains(List.of(new Span(0, 6), new Span(12, 16)));
        }

        @Test
        void requiresAnyClauseOfAnOr() {
            assertThat(match("broken OR refund", "works fine")).isEmpty();
            assertThat(match("broken OR refund", "it is broken")).contains(List.of(new Span(6, 12)));
        }

        @Test
        void excludesTextsThatContainANegatedTerm() {
            assertThat(match("acme NOT refund", "acme, refund now")).isEmpty();
            assertThat(match("acme NOT refund", "acme rocks")).contains(List.of(new Span(0, 4)));
        }

        @Test
        void matchesALeadingNotWithoutSpans() {
            assertThat(match("NOT refund", "all good")).contains(List.of());
            assertThat(match("NOT refund", "")).contains(List.of());
            assertThat(match("NOT refund", "Réfund!")).isEmpty();
        }

        @Test
        void bindsAndTighterThanOrWhenMatching() {
            assertThat(match("acme broken OR refund", "refund")).contains(List.of(new Span(0, 6)));
            assertThat(match("acme broken OR refund", "broken")).isEmpty();
        }

        @Test
        void evaluatesNestedGroups() {
            String query = "acme AND (broken OR (late NOT \"on time\")) NOT spam";

            assertThat(match(query, "Acme parcel late again")).contains(List.of(new Span(0, 4), new Span(12, 16)));
            assertThat(match(query, "Acme parcel late, not on time")).isEmpty();
            assertThat(match(query, "Acme broken spam")).isEmpty();
        }

        @Test
        void matchesAQueryBuiltFromRecords() {
            Query query = and(term("acme"), not(phrase("customer", "service")));

            assertThat(CompiledQuery.compile(query).match(MatchableText.of("ACME rocks")))
                    .contains(List.of(new Span(0, 4)));
            assertThat(CompiledQuery.compile(query).match(MatchableText.of("acme customer service")))
                    .isEmpty();
        }

        @Test
        void matchesAOneWordPhraseLikeATerm() {
            Query query = phrase("refund");

            assertThat(CompiledQuery.compile(query).match(MatchableText.of("a refund")))
                    .contains(List.of(new Span(2, 8)));
        }

        @Test
        void matchesTheLastTermOfAQueryAtTheTermLimit() {
            String query = IntStream.range(0, 500).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));

            assertThat(match(query, "only w499 here")).contains(List.of(new Span(5, 9)));
        }
    }

    @Nested
    class Phrases {

        @Test
        void matchesConsecutiveTokensAcrossPunctuation() {
            assertThat(match("\"customer service\"", "Customer-Service was rude"))
                    .contains(List.of(new Span(0, 16)));
        }

        @Test
        void doesNotMatchWordsOutOfOrderOrApart() {
            assertThat(match("\"customer service\"", "service for the customer"))
                    .isEmpty();
            assertThat(match("\"customer service\"", "customer care service")).isEmpty();
            assertThat(match("\"customer service\"", "a customer")).isEmpty();
        }

        @Test
        void findsAPhraseAfterAFalseStart() {
            assertThat(match("\"customer service\"", "customer customer service"))
                    .contains(List.of(new Span(9, 25)));
        }

        @Test
        void matchesAPunctuatedQueryWordAsAPhrase() {
            assertThat(match("acme-hub", "the Acme Hub rocks")).contains(List.of(new Span(4, 12)));
            assertThat(match("acme-hub", "hub of acme")).isEmpty();
        }

        @Test
        void matchesAChineseWordInsideASentence() {
            assertThat(match("退款", "我要退款！")).contains(List.of(new Span(2, 4)));
            assertThat(match("返金", "返金してください")).contains(List.of(new Span(0, 2)));
        }
    }

    @Nested
    class Api {

        @Test
        void matchesATokenListLikeTheTextItCameFrom() {
            CompiledQuery query = CompiledQuery.compile(QueryParser.parse("acme NOT refund"));
            String text = "#Acme's hub";

            assertThat(query.match(Tokenizer.tokenize(text)))
                    .isEqualTo(query.match(MatchableText.of(text)))
                    .contains(List.of(new Span(1, 5)));
        }

        @Test
        void canBeReusedAcrossTexts() {
            CompiledQuery query = CompiledQuery.compile(QueryParser.parse("acme OR refund"));

            assertThat(query.match(MatchableText.of("acme"))).contains(List.of(new Span(0, 4)));
            assertThat(query.match(MatchableText.of("nothing"))).isEmpty();
            assertThat(query.match(MatchableText.of("a refund"))).contains(List.of(new Span(2, 8)));
        }

        @Test
        void remembersTheQueryItWasCompiledFrom() {
            Query query = QueryParser.parse("acme refund");

            assertThat(CompiledQuery.compile(query).query()).isSameAs(query);
        }

        @Test
        void exposesTheTokensOfAMatchableText() {
            assertThat(MatchableText.of("Hi, Acme").tokens())
                    .containsExactly(new Token("hi", 0, 2), new Token("acme", 4, 8));
        }
    }

    private static Optional<List<Span>> match(String query, String text) {
        return CompiledQuery.compile(QueryParser.parse(query)).match(MatchableText.of(text));
    }
}
