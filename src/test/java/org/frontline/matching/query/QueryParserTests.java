package org.frontline.matching.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTests {

    @Nested
    class Structure {

        @Test
        void parsesASingleWordIntoAFoldedTerm() {
            assertThat(parse("Réfund")).isEqualTo(term("refund"));
        }

        @Test
        void joinsAdjacentTermsWithAnImplicitAnd() {
            assertThat(parse("acme refund")).isEqualTo(and(term("acme"), term("refund")));
            assertThat(parse("acme refund")).isEqualTo(parse("acme AND refund"));
        }

        @Test
        void bindsAndTighterThanOr() {
            assertThat(parse("a OR b AND c")).isEqualTo(or(term("a"), and(term("b"), term("c"))));
            assertThat(parse("a AND b OR c")).isEqualTo(or(and(term("a"), term("b")), term("c")));
        }

        @Test
        void bindsImplicitAndTighterThanOr() {
            assertThat(parse("acme broken OR refund")).isEqualTo(or(and(term("acme"), term("broken")), term("refund")));
        }

        @Test
        void readsNotAfterATermAsAndNot() {
            assertThat(parse("acme NOT refund")).isEqualTo(and(term("acme"), not(term("refund"))));
            assertThat(parse("acme NOT refund")).isEqualTo(parse("acme AND NOT refund"));
        }

        @Test
        void acceptsALeadingNotOnItsOwn() {
            assertThat(parse("NOT refund")).isEqualTo(not(term("refund")));
        }

        @Test
        void appliesNotToTheNextOperandOnly() {
            assertThat(parse("NOT refund acme")).isEqualTo(and(not(term("refund")), term("acme")));
            assertThat(parse("NOT (refund OR return)")).isEqualTo(not(or(term("refund"), term("return"))));
            assertThat(parse("a OR NOT b c")).isEqualTo(or(term("a"), and(not(term("b")), term("c"))));
        }

        @Test
        void groupsWithParentheses() {
            assertThat(parse("acme AND (broken OR refund OR \"customer service\")"))
                    .isEqualTo(and(term("acme"), or(term("broken"), term("refund"), phrase("customer", "service"))));
        }

        @Test
        void nestsParentheses() {
            assertThat(parse("((a OR b) (c OR (d e)))"))
                    .isEqualTo(and(or(term("a"), term("b")), or(term("c"), and(term("d"), term("e")))));
        }

        @Test
        void flattensNestedGroupsOfTheSameOperator() {
            assertThat(parse("a AND (b AND c)")).isEqualTo(and(term("a"), term("b"), term("c")));
            assertThat(parse("(a OR b) OR c")).isEqualTo(or(term("a"), term("b"), term("c")));
        }

        @Test
        void dropsRedundantParentheses() {
            assertThat(parse("((acme))")).isEqualTo(term("acme"));
        }

        @Test
        void acceptsNotOfANegatedGroup() {
            assertThat(parse("NOT (NOT refund)")).isEqualTo(not(not(term("refund"))));
        }

        @Test
        void allowsParenthesesAndQuotesWithoutSpaces() {
            assertThat(parse("acme(refund OR\"money back\")NOT(spam)"))
                    .isEqualTo(and(term("acme"), or(term("refund"), phrase("money", "back")), not(term("spam"))));
        }

        @Test
        void separatesWordsByAnyWhiteSpace() {
            assertThat(parse("acme\u00A0refund\tOR\nbroken"))
                    .isEqualTo(or(and(term("acme"), term("refund")), term("broken")));
        }
    }

    @Nested
    class Words {

        @Test
        void readsQuotedTextAsAPhraseOfFoldedWords() {
            assertThat(parse("\"Customer  Service\"")).isEqualTo(phrase("customer", "service"));
        }

        @Test
        void readsAQuotedSingleWordAsATerm() {
            assertThat(parse("\"Refund\"")).isEqualTo(term("refund"));
        }

        @Test
        void acceptsTypographicQuotes() {
            assertThat(parse("“customer service”")).isEqualTo(phrase("customer", "service"));
            assertThat(parse("„Kundendienst“")).isEqualTo(term("kundendienst"));
        }

        @Test
        void splitsAPunctuatedWordIntoAPhraseLikePostText() {
            assertThat(parse("acme-hub")).isEqualTo(phrase("acme", "hub"));
            assertThat(parse("don't")).isEqualTo(phrase("don", "t"));
        }

        @Test
        void treatsKeywordsThatAreNotInCapitalsAsTerms() {
            assertThat(parse("rock and roll")).isEqualTo(and(term("rock"), term("and"), term("roll")));
            assertThat(parse("to be or not")).isEqualTo(and(term("to"), term("be"), term("or"), term("not")));
            assertThat(parse("Or")).isEqualTo(term("or"));
        }

        @Test
        void searchesForAKeywordWhenItIsQuoted() {
            assertThat(parse("\"AND\" OR \"NOT\"")).isEqualTo(or(term("and"), term("not")));
        }

        @Test
        void foldsFullwidthAndAccentedWords() {
            assertThat(parse("ＡＣＭＥ Rückerstattung")).isEqualTo(and(term("acme"), term("ruckerstattung")));
        }

        @Test
        void readsAChineseWordAsAPhraseOfCharacters() {
            assertThat(parse("退款")).isEqualTo(phrase("退", "款"));
        }

        @Test
        void treatsReservedCharactersInsideQuotesAsPunctuation() {
            assertThat(parse("\"refund*\"")).isEqualTo(term("refund"));
            assertThat(parse("\"24/7 support\"")).isEqualTo(phrase("24", "7", "support"));
            assertThat(parse("\"#acme\" \"@acme:\"")).isEqualTo(and(term("acme"), term("acme")));
        }

        @Test
        void refusesToBuildTermsFromUnfoldedOrEmptyWords() {
            assertThatIllegalArgumentException().isThrownBy(() -> new Term("Acme"));
            assertThatIllegalArgumentException().isThrownBy(() -> new Term(""));
            assertThatIllegalArgumentException().isThrownBy(() -> new Phrase(List.of()));
            assertThatIllegalArgumentException().isThrownBy(() -> new And(List.of(term("a"))));
            assertThatIllegalArgumentException().isThrownBy(() -> new Or(List.of()));
        }
    }

    @Nested
    class Canonical {

        @Test
        void writesOperatorsOutAndParenthesizesNestedGroups() {
            assertThat(canonical("Acme (broken OR refund) NOT \"Customer  Service\""))
                    .isEqualTo("acme AND (broken OR refund) AND NOT \"customer service\"");
            assertThat(canonical("a b OR c")).isEqualTo("(a AND b) OR c");
            assertThat(canonical("NOT (a OR b)")).isEqualTo("NOT (a OR b)");
            assertThat(canonical("NOT (NOT a)")).isEqualTo("NOT (NOT a)");
            assertThat(canonical("acme-hub")).isEqualTo("\"acme hub\"");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "acme",
                    "Acme refund OR broken",
                    "acme AND (broken OR refund OR \"customer service\") NOT spam",
                    "NOT (a OR (b c) OR NOT d)",
                    "NOT (NOT a)",
                    "((a OR b) (c OR (d e)))",
                    "退款 OR „Kundendienst“",
                    "rock and roll"
                })
        void parsesItsCanonicalFormBackToAnEqualQuery(String text) {
            Query query = parse(text);

            assertThat(parse(query.canonical())).isEqualTo(query);
        }
    }

    @Nested
    class Errors {

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\t\n"})
        void rejectsABlankQuery(String text) {
            QuerySyntaxError error = syntaxError(text);

            assertThat(error.position()).isZero();
            assertThat(error.expected()).isEqualTo("a term");
            assertThat(error).hasMessage("The query is empty: enter at least one term.");
        }

        @Test
        void reportsPositionOfUnclosedParenthesis() {
            QuerySyntaxError error = syntaxError("acme AND (broken OR refund");

            assertThat(error.position()).isEqualTo(26);
            assertThat(error.expected()).isEqualTo(")");
            assertThat(error).hasMessage("Expected \")\" at position 26 to close the \"(\" at position 9.");
        }

        @Test
        void reportsTheInnermostUnclosedParenthesis() {
            QuerySyntaxError error = syntaxError("(a OR (b c) (d");

            assertThat(error.position()).isEqualTo(14);
            assertThat(error).hasMessage("Expected \")\" at position 14 to close the \"(\" at position 12.");
        }

        @Test
        void reportsPositionOfUnclosedQuote() {
            QuerySyntaxError error = syntaxError("acme \"customer service");

            assertThat(error.position()).isEqualTo(22);
            assertThat(error.expected()).isEqualTo("closing quote");
            assertThat(error)
                    .hasMessage("Expected a closing quote at position 22 to end the phrase that starts at position 5.");
        }

        @Test
        void reportsDanglingAnd() {
            QuerySyntaxError error = syntaxError("acme AND");

            assertThat(error.position()).isEqualTo(8);
            assertThat(error.expected()).isEqualTo("a term");
            assertThat(error).hasMessage("Expected a term at position 8 after \"AND\".");
        }

        @Test
        void reportsDanglingOrBeforeAClosingParenthesis() {
            QuerySyntaxError error = syntaxError("(acme OR) refund");

            assertThat(error.position()).isEqualTo(8);
            assertThat(error.expected()).isEqualTo("a term");
            assertThat(error).hasMessage("Expected a term at position 8 after \"OR\", found \")\".");
        }

        @Test
        void reportsDanglingNot() {
            QuerySyntaxError error = syntaxError("acme NOT ");

            assertThat(error.position()).isEqualTo(9);
            assertThat(error.expected()).isEqualTo("a term");
        }

        @Test
        void reportsAnOperatorAtTheStart() {
            QuerySyntaxError error = syntaxError("AND acme");

            assertThat(error.position()).isZero();
            assertThat(error.expected()).isEqualTo("a term");
            assertThat(error).hasMessage("Expected a term at position 0, found \"AND\".");
        }

        @Test
        void reportsTwoOperatorsInARow() {
            QuerySyntaxError error = syntaxError("acme AND OR refund");

            assertThat(error.position()).isEqualTo(9);
            assertThat(error).hasMessage("Expected a term at position 9 after \"AND\", found \"OR\".");
        }

        @Test
        void rejectsNotNotAsATypo() {
            QuerySyntaxError error = syntaxError("acme NOT NOT refund");

            assertThat(error.position()).isEqualTo(9);
            assertThat(error.expected()).isEqualTo("a term");
        }

        @Test
        void reportsEmptyParentheses() {
            QuerySyntaxError error = syntaxError("acme () refund");

            assertThat(error.position()).isEqualTo(6);
            assertThat(error.expected()).isEqualTo("a term");
            assertThat(error).hasMessage("Expected a term at position 6: the parentheses at position 5 are empty.");
        }

        @Test
        void reportsStrayClosingParenthesis() {
            QuerySyntaxError error = syntaxError("(acme) refund) OR broken");

            assertThat(error.position()).isEqualTo(13);
            assertThat(error.expected()).isEqualTo("end of query");
            assertThat(error).hasMessage("Unexpected \")\" at position 13: there is no \"(\" to close.");
        }

        @Test
        void reportsAnEmptyPhrase() {
            QuerySyntaxError error = syntaxError("acme \" !! \"");

            assertThat(error.position()).isEqualTo(5);
            assertThat(error.expected()).isEqualTo("a term");
            assertThat(error).hasMessage("The phrase at position 5 has no letters or digits to search for.");
        }

        @Test
        void reportsAWordWithoutLettersOrDigits() {
            QuerySyntaxError error = syntaxError("acme && refund");

            assertThat(error.position()).isEqualTo(5);
            assertThat(error.expected()).isEqualTo("a term");
            assertThat(error.getMessage())
                    .startsWith("Expected a term at position 5, found \"&&\"")
                    .contains("AND");
        }

        @Test
        void suggestsNotInsteadOfAMinusPrefix() {
            QuerySyntaxError error = syntaxError("acme -refund");

            assertThat(error.position()).isEqualTo(5);
            assertThat(error.expected()).isEqualTo("a term");
            assertThat(error.getMessage()).contains("write NOT refund instead of -refund");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
            re*                | 0  | at least 3 letters
            *fund              | 0  | can only end a word
            acme lang:english  | 10 | language code
            acme colour:red    | 5  | Unknown field
            see https://x.y    | 4  | Unknown field
            #               | 0  | names nothing
            @acme!             | 5  | not part of one
            a NEAR/x b         | 2  | distance
            a NEAR/101 b       | 2  | distance
            a NEAR/3 (b AND c) | 9  | NEAR measures
            a near/3 b         | 2  | capitals
            followers:lots     | 10 | whole number
            channel:myspace    | 8  | Unknown channel
            """)
        void explainsMalformedOperatorsFieldsAndWildcardsAtTheirPosition(String text, int position, String explanation) {
            QuerySyntaxError error = syntaxError(text);

            assertThat(error.position()).isEqualTo(position);
            assertThat(error.getMessage()).contains("position " + position).contains(explanation);
        }

        @Test
        void acceptsAQueryOfTheMaximumLength() {
            assertThat(parse("x".repeat(QueryParser.MAX_LENGTH))).isEqualTo(term("x".repeat(4_096)));
        }

        @Test
        void rejectsATooLongQuery() {
            QuerySyntaxError error = syntaxError("acme ".repeat(1_000));

            assertThat(error.position()).isEqualTo(4_096);
            assertThat(error.expected()).isEqualTo("end of query");
            assertThat(error).hasMessage("A query can be at most 4096 characters long; this one has 5000.");
        }

        @Test
        void acceptsTheMaximumNumberOfTermsCountingAPhraseAsOne() {
            assertThat(parse(words(500, "t"))).isEqualTo(new And(Collections.nCopies(500, term("t"))));
            assertThat(parse(words(500, "\"a b\""))).isEqualTo(new And(Collections.nCopies(500, phrase("a", "b"))));
        }

        @Test
        void rejectsTooManyTerms() {
            String text = words(501, "t");

            QuerySyntaxError error = syntaxError(text);

            assertThat(error.position()).isEqualTo(1_000).isEqualTo(text.lastIndexOf('t'));
            assertThat(error.expected()).isEqualTo("end of query");
            assertThat(error)
                    .hasMessage("A query can have at most 500 terms; the one at position 1000 is one too many.");
        }

        @Test
        void acceptsTheMaximumNesting() {
            assertThat(parse("(".repeat(50) + "acme" + ")".repeat(50))).isEqualTo(term("acme"));
        }

        @Test
        void rejectsTooDeepNesting() {
            QuerySyntaxError error = syntaxError("(".repeat(51) + "acme" + ")".repeat(51));

            assertThat(error.position()).isEqualTo(50);
            assertThat(error.expected()).isEqualTo("a term");
            assertThat(error)
                    .hasMessage("Parentheses can be nested at most 50 deep; the \"(\" at position 50 goes deeper.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"(a", "\"a", "a OR", "()", "a)", "AND", "NOT NOT a", "!!", "-a", "a*"})
        void writesEveryErrorAsOneSentenceNamingItsPosition(String text) {
            QuerySyntaxError error = syntaxError(text);

            assertThat(error.getMessage())
                    .contains("position " + error.position())
                    .endsWith(".")
                    .doesNotContain("Exception", "org.frontline", "\n", "null");
            assertThat(error.position()).isBetween(0, text.length());
            assertThat(error.getStackTrace()).isEmpty();
        }
    }

    private static Query parse(String text) {
        return QueryParser.parse(text);
    }

    private static String canonical(String text) {
        return QueryParser.parse(text).canonical();
    }

    private static QuerySyntaxError syntaxError(String text) {
        QuerySyntaxError error = catchThrowableOfType(QuerySyntaxError.class, () -> QueryParser.parse(text));
        assertThat(error).as("syntax error for <%s>", text).isNotNull();
        return error;
    }

    private static String words(int count, String word) {
        return IntStream.range(0, count).mapToObj(i -> word).collect(Collectors.joining(" "));
    }

    static Term term(String text) {
        return new Term(text);
    }

    static Phrase phrase(String... words) {
        return new Phrase(List.of(words));
    }

    static And and(Query... clauses) {
        return new And(List.of(clauses));
    }

    static Or or(Query... clauses) {
        return new Or(List.of(clauses));
    }

    static Not not(Query clause) {
        return new Not(clause);
    }
}
