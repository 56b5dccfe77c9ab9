package org.frontline.matching.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.frontline.matching.query.QueryParserTests.and;
import static org.frontline.matching.query.QueryParserTests.not;
import static org.frontline.matching.query.QueryParserTests.or;
import static org.frontline.matching.query.QueryParserTests.phrase;
import static org.frontline.matching.query.QueryParserTests.term;

import java.util.List;
import org.frontline.matching.Span;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Proximity, wildcards, hashtags, mentions, emoji and fields: how they parse and what they match. */
class QueryLanguageTests {

    private static final PostFacts ANA_ON_MASTODON =
            new PostFacts("mastodon", "ana@mastodon.example", "fr-CA", "https://mastodon.example/@ana/1", 1_500L);

    @Nested
    class Parsing {

        @Test
        void readsNearWithItsDistanceAndOrder() {
            assertThat(parse("acme NEAR/3 refund")).isEqualTo(new Near(term("acme"), term("refund"), 3, false));
            assertThat(parse("acme NEAR/0f refund")).isEqualTo(new Near(term("acme"), term("refund"), 0, true));
        }

        @Test
        void bindsNearTighterThanNotAndAnd() {
            assertThat(parse("x acme NEAR/2 refund"))
                    .isEqualTo(and(term("x"), new Near(term("acme"), term("refund"), 2, false)));
            assertThat(parse("NOT acme NEAR/2 refund")).isEqualTo(not(new Near(term("acme"), term("refund"), 2, false)));
        }

        @Test
        void acceptsPhrasesWildcardsTagsAndOrGroupsAroundNear() {
            assertThat(parse("(acme OR #acme) NEAR/5f \"money back\""))
                    .isEqualTo(new Near(or(term("acme"), new Hashtag("acme")), phrase("money", "back"), 5, true));
            assertThat(parse("refund* NEAR/1 @acme")).isEqualTo(new Near(new Prefix("refund"), new Mention("acme"), 1, false));
        }

        @Test
        void rejectsAChainOfNear() {
            QuerySyntaxError error = syntaxError("a NEAR/1 b NEAR/1 c");

            assertThat(error.position()).isEqualTo(11);
            assertThat(error.getMessage()).contains("AND");
        }

        @Test
        void readsSuffixWildcardsHashtagsAndMentionsFolded() {
            assertThat(parse("Réfund*")).isEqualTo(new Prefix("refund"));
            assertThat(parse("#ＡcmeFail")).isEqualTo(new Hashtag("acmefail"));
            assertThat(parse("@Acme_Support")).isEqualTo(new Mention("acme_support"));
            assertThat(parse("@ana@Mastodon.example")).isEqualTo(new Mention("ana@mastodon.example"));
        }

        @Test
        void readsEmojiAsTerms() {
            assertThat(parse("acme 😡")).isEqualTo(and(term("acme"), term("😡")));
        }

        @Test
        void readsFields() {
            assertThat(parse("author:@Acme_Support channel:X lang:pt-BR url:Acme.com/Refund site:www.acme.com"))
                    .isEqualTo(and(
                            new Field(Field.Name.AUTHOR, "acme_support"),
                            new Field(Field.Name.CHANNEL, "x"),
                            new Field(Field.Name.LANG, "pt-br"),
                            new Field(Field.Name.URL, "acme.com/refund"),
                            new Field(Field.Name.SITE, "acme.com")));
        }

        @ParameterizedTest
        @ValueSource(strings = {">1000", ">=1000", "<1000", "<=1000", "=1000", "1000"})
        void readsEveryFollowerComparison(String comparison) {
            Query query = parse("followers:" + comparison);

            assertThat(query).isInstanceOf(Followers.class);
            assertThat(((Followers) query).count()).isEqualTo(1000);
        }

        @Test
        void combinesFieldsWithEverythingElse() {
            assertThat(parse("acme NOT author:acme_support (lang:fr OR lang:de) followers:>100"))
                    .isEqualTo(and(
                            term("acme"),
                            not(new Field(Field.Name.AUTHOR, "acme_support")),
                            or(new Field(Field.Name.LANG, "fr"), new Field(Field.Name.LANG, "de")),
                            new Followers(Followers.Comparison.GREATER, 100)));
        }

        @Test
        void keepsSignsInsideQuotesAsPunctuation() {
            assertThat(parse("\"lang:en\"")).isEqualTo(phrase("lang", "en"));
            assertThat(parse("\"#acme NEAR/3\"")).isEqualTo(phrase("acme", "near", "3"));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "acme NEAR/3 refund",
            "(a OR b) NEAR/2f \"c d\"",
            "NOT (a NEAR/1 b)",
            "refund* #acme @ana@mastodon.example",
            "author:x channel:reddit lang:en url:acme.com/a site:acme.com followers:>=10",
            "a OR NOT followers:<5"
        })
        void printsACanonicalFormThatParsesBackToTheSameQuery(String text) {
            Query query = parse(text);

            assertThat(parse(query.canonical())).isEqualTo(query);
        }

        @Test
        void limitsTheNumberOfWildcards() {
            String query = String.join(" OR ", java.util.Collections.nCopies(21, "refund*"));

            QuerySyntaxError error = syntaxError(query);

            assertThat(error.getMessage()).contains("at most 20 wildcards");
        }
    }

    @Nested
    class Folding {

        @ParameterizedTest
        @ValueSource(strings = {"ｒｅｆｕｎｄ", "re\u200Bfund", "r\u0435fund", "réfund", "REFUND", "re\u00ADfund", "𝐫𝐞𝐟𝐮𝐧𝐝", "R\u0395FUND", "r\u0435f\u03C5nd"})
        void matchesDisguisedSpellingsOfAWord(String disguised) {
            assertThat(spans("refund", "please " + disguised + " now")).isNotNull();
        }

        @Test
        void keepsWordsWrittenWhollyInCyrillicOrGreek() {
            assertThat(TextFolding.fold("рос")).isEqualTo("рос");
            assertThat(TextFolding.fold("ορος")).isEqualTo("ορος");
            assertThat(spans("poc", "рос")).isNull();
        }

        @Test
        void highlightsTheDisguisedWordAsWritten() {
            String text = "a re\u200Bfund";

            assertThat(spans("refund", text)).containsExactly(new Span(2, 9));
        }

        @Test
        void matchesAnEmojiWhateverItsSkinTone() {
            assertThat(spans("👍", "great 👍🏽")).containsExactly(new Span(6, 10));
        }
    }

    @Nested
    class Matching {

        @Test
        void matchesNearInEitherOrderWithinTheDistance() {
            assertThat(spans("acme NEAR/2 refund", "refund from big bad acme")).isNull();
            assertThat(spans("acme NEAR/3 refund", "refund from big bad acme")).containsExactly(new Span(0, 6), new Span(20, 24));
            assertThat(spans("acme NEAR/0 refund", "acme refund")).isNotNull();
        }

        @Test
        void matchesOrderedNearOnlyInItsOrder() {
            assertThat(spans("acme NEAR/3f refund", "refund from acme")).isNull();
            assertThat(spans("acme NEAR/3f refund", "acme gave no refund")).isNotNull();
        }

        @Test
        void neverCountsOneWordAsBothSidesOfNear() {
            assertThat(spans("acme NEAR/3 acme", "acme is here")).isNull();
            assertThat(spans("acme NEAR/3 acme", "acme vs acme")).isNotNull();
        }

        @Test
        void measuresNearFromTheEdgesOfPhrases() {
            assertThat(spans("\"money back\" NEAR/1f acme", "money back from acme")).isNotNull();
            assertThat(spans("\"money back\" NEAR/1f acme", "money back from big acme")).isNull();
        }

        @Test
        void matchesASuffixWildcardAgainstWholeWordsOnly() {
            assertThat(spans("refund*", "Refunds and REFUNDED")).containsExactly(new Span(0, 7), new Span(12, 20));
            assertThat(spans("refund*", "nonrefundable")).isNull();
        }

        @Test
        void matchesAHashtagOnlyWhereItIsAHashtag() {
            assertThat(spans("#acmefail", "so #AcmeFail today")).containsExactly(new Span(3, 12));
            assertThat(spans("#acmefail", "acmefail")).isNull();
            assertThat(spans("acmefail", "so #AcmeFail")).isNotNull();
        }

        @Test
        void matchesMentionsInEveryChannelsForm() {
            assertThat(spans("@acme", "hey @acme.")).containsExactly(new Span(4, 9));
            assertThat(spans("@acme", "hey @acme@mastodon.social")).isNotNull();
            assertThat(spans("@acme_support", "cc @Acme_Support")).isNotNull();
            assertThat(spans("@acme", "write to help@acme.com")).isNull();
        }

        @Test
        void matchesFieldsAgainstThePostsFacts() {
            assertThat(matches("author:ana", ANA_ON_MASTODON)).isTrue();
            assertThat(matches("author:@ana@mastodon.example", ANA_ON_MASTODON)).isTrue();
            assertThat(matches("author:bob", ANA_ON_MASTODON)).isFalse();
            assertThat(matches("channel:mastodon", ANA_ON_MASTODON)).isTrue();
            assertThat(matches("channel:reddit", ANA_ON_MASTODON)).isFalse();
            assertThat(matches("lang:fr", ANA_ON_MASTODON)).isTrue();
            assertThat(matches("lang:fr-ca", ANA_ON_MASTODON)).isTrue();
            assertThat(matches("lang:en", ANA_ON_MASTODON)).isFalse();
            assertThat(matches("followers:>1000", ANA_ON_MASTODON)).isTrue();
            assertThat(matches("followers:<=1000", ANA_ON_MASTODON)).isFalse();
        }

        @Test
        void matchesUrlAndSiteOnThePostAddressAndOnLinksInItsText() {
            PostFacts facts = new PostFacts("feed", "blog", "en", "https://www.blog.example/2026/acme-review", null);
            MatchableText text = MatchableText.of("See https://help.Acme.com/refunds, then.", facts);

            assertThat(compile("site:blog.example").matches(text)).isTrue();
            assertThat(compile("site:acme.com").matches(text)).isTrue();
            assertThat(compile("site:cme.com").matches(text)).isFalse();
            assertThat(compile("url:acme.com/refunds").matches(text)).isTrue();
            assertThat(compile("url:acme-review").matches(text)).isTrue();
            assertThat(compile("url:acme.com/returns").matches(text)).isFalse();
        }

        @Test
        void neverMatchesAFieldOnAnUnknownFact() {
            assertThat(matches("followers:<10", PostFacts.NONE)).isFalse();
            assertThat(matches("NOT followers:>10", PostFacts.NONE)).isTrue();
            assertThat(matches("lang:en", PostFacts.NONE)).isFalse();
        }

        @Test
        void combinesFieldsAndTextWithoutSpansForTheFields() {
            assertThat(compile("acme lang:fr NOT author:acme_support")
                            .match(MatchableText.of("acme!", ANA_ON_MASTODON)))
                    .contains(List.of(new Span(0, 4)));
        }
    }

    private static boolean matches(String query, PostFacts facts) {
        return compile(query).matches(MatchableText.of("some text", facts));
    }

    private static List<Span> spans(String query, String text) {
        return compile(query).match(MatchableText.of(text)).orElse(null);
    }

    private static CompiledQuery compile(String query) {
        return CompiledQuery.compile(parse(query));
    }

    private static Query parse(String text) {
        return QueryParser.parse(text);
    }

    private static QuerySyntaxError syntaxError(String text) {
        QuerySyntaxError error = catchThrowableOfType(QuerySyntaxError.class, () -> QueryParser.parse(text));
        assertThat(error).as("syntax error for <%s>", text).isNotNull();
        return error;
    }
}
