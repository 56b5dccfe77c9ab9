package org.frontline.matching.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontline.matching.NativeFilter;
import org.frontline.matching.NativeFilter.Fit;
import org.frontline.matching.NativeFilters;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NativeFilterCompilerTests {

    private static NativeFilter x(String query) {
        return NativeFilters.xRule(query, NativeFilters.X_DEFAULT_MAX_LENGTH);
    }

    @Nested
    class XRules {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                acme                                   | acme
                Réfund                                 | refund
                "customer service"                     | "customer service"
                acme refund                            | acme refund
                acme AND refund                        | acme refund
                acme OR refund                         | acme OR refund
                acme AND (broken OR refund)            | acme (broken OR refund)
                (acme refund) OR (globex broken)       | (acme refund) OR (globex broken)
                acme NOT spam                          | acme -spam
                acme NOT (spam OR bot)                 | acme -spam -bot
                #acmefail OR @acme_support             | #acmefail OR @acme_support
                acme author:ana                        | acme from:ana
                acme NOT author:acme_support           | acme -from:acme_support
                acme lang:fr                           | acme lang:fr
                acme NOT lang:de                       | acme -lang:de
                acme channel:x                         | acme
                acme NOT channel:reddit                | acme
                acme OR (globex channel:reddit)        | acme
                😡 acme                                | "😡" acme
                acme or                                | acme "or"
                """)
        void expressesWhatTheStreamCanMatchExactly(String query, String rule) {
            var filter = x(query);

            assertThat(filter.fit()).isEqualTo(Fit.EXACT);
            assertThat(filter.filters()).containsExactly(rule);
            assertThat(filter.notes()).isEmpty();
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                acme NEAR/3 refund                       | acme refund                   | proximity
                acme NEAR/3f (refund OR "money back")    | acme (refund OR "money back") | proximity
                acme refund*                             | acme                          | no wildcard
                acme OR refund*                          | -                             | has none
                acme followers:>1000                     | acme                          | follower-count
                acme lang:pt-br                          | acme lang:pt                  | region
                acme site:acme.com                       | acme url:"acme.com"           | anywhere in a link
                acme url:acme.com/refund                 | acme                          | whole words
                acme NOT (spam AND bot)                  | acme                          | negation or a language alone
                acme NOT spam NEAR/2 bot                 | acme                          | exclude words by distance
                acme site:x.com                          | acme                          | every post on X
                """)
        void widensWhatTheStreamCannotExpressAndSaysWhy(String query, String rule, String reason) {
            var filter = x(query);

            if (rule.equals("-")) {
                assertThat(filter.fit()).isEqualTo(Fit.NONE);
                assertThat(filter.filters()).isEmpty();
            } else {
                assertThat(filter.fit()).isEqualTo(Fit.BROADER);
                assertThat(filter.filters()).containsExactly(rule);
                assertThat(filter.notes()).last().asString().contains("Frontline's matcher still checks");
            }
            assertThat(String.join(" ", filter.notes())).contains(reason);
        }

        @Test
        void aQueryWithoutAStandaloneOperatorHasNoRule() {
            for (var query : List.of("lang:fr", "NOT refund", "followers:>1000", "lang:fr NOT acme", "refund* OR crash*")) {
                var filter = x(query);
                assertThat(filter.fit()).as(query).isEqualTo(Fit.NONE);
                assertThat(filter.filters()).as(query).isEmpty();
                assertThat(String.join(" ", filter.notes())).as(query).contains("mentions");
            }
        }

        @Test
        void aQueryForAnotherNetworkNeverNeedsARule() {
            for (var query : List.of("acme channel:reddit", "acme NOT channel:x", "acme author:ana@mastodon.social")) {
                assertThat(x(query).fit()).as(query).isEqualTo(Fit.NEVER);
            }
        }

        @Test
        void aLongAlternativeIsSplitOverRulesThatEachFit() {
            var words = java.util.stream.IntStream.range(0, 60).mapToObj(i -> "brandword" + i).toList();
            var filter = NativeFilters.xRule(String.join(" OR ", words), 120);

            assertThat(filter.fit()).isEqualTo(Fit.EXACT);
            assertThat(filter.filters()).hasSizeGreaterThan(1).allSatisfy(rule -> assertThat(rule.length()).isLessThanOrEqualTo(120));
            assertThat(String.join(" OR ", filter.filters())).isEqualTo(String.join(" OR ", words));
            assertThat(filter.notes()).anyMatch(note -> note.contains("Split over"));
        }

        @Test
        void aLongConjunctionDropsExclusionsFirstAndStaysAnchored() {
            var query = "acme refund NOT " + String.join(" NOT ", java.util.stream.IntStream.range(0, 20).mapToObj(i -> "spamword" + i).toList());
            var filter = NativeFilters.xRule(query, 60);

            assertThat(filter.fit()).isEqualTo(Fit.BROADER);
            assertThat(filter.filters()).singleElement().satisfies(rule -> {
                assertThat(rule).startsWith("acme refund");
                assertThat(rule.length()).isLessThanOrEqualTo(60);
            });
            assertThat(filter.notes()).anyMatch(note -> note.startsWith("Shortened to 60 characters by leaving out -spamword"));
        }

        @Test
        void compilesTheExamplesOfTheQueryLanguageDocument() {
            assertThat(x("acme AND (refund* OR \"money back\" OR chargeback) NOT author:acme_support").filters())
                    .containsExactly("acme -from:acme_support");
            assertThat(x("(acme OR #acme OR @acme) NEAR/4 (broken OR crash* OR down) lang:en").filters())
                    .containsExactly("(acme OR #acme OR @acme) lang:en");
            assertThat(x("\"acme app\" AND (😡 OR 🤬 OR scam) followers:>10000").filters())
                    .containsExactly("\"acme app\" (\"😡\" OR \"🤬\" OR scam)");
            assertThat(x("site:acme.com NOT channel:feed").filters()).containsExactly("url:\"acme.com\"");
            assertThat(x("(globex OR initech) NEAR/3f (better OR cheaper) NOT lang:de").filters())
                    .containsExactly("(globex OR initech) (better OR cheaper) -lang:de");
            assertThat(x("acme AND (broken OR refund OR \"customer service\") NOT author:acme_support").filters())
                    .containsExactly("acme (broken OR refund OR \"customer service\") -from:acme_support");
        }
    }

    @Nested
    class Mastodon {

        @Test
        void followsTheHashtagsEveryMatchingPostCarries() {
            assertThat(NativeFilters.mastodonHashtags("#acme OR #acmefail")).satisfies(f -> {
                assertThat(f.fit()).isEqualTo(Fit.EXACT);
                assertThat(f.filters()).containsExactly("acme", "acmefail");
            });
            assertThat(NativeFilters.mastodonHashtags("(#acme OR #acmefail) refund NOT spam")).satisfies(f -> {
                assertThat(f.fit()).isEqualTo(Fit.BROADER);
                assertThat(f.filters()).containsExactly("acme", "acmefail");
            });
            assertThat(NativeFilters.mastodonHashtags("#acme NEAR/3 (#refund OR #money)").filters()).containsExactly("acme");
        }

        @Test
        void saysWhenNoHashtagStreamCanCarryAQuery() {
            assertThat(NativeFilters.mastodonHashtags("#acme OR refund")).satisfies(f -> {
                assertThat(f.fit()).isEqualTo(Fit.NONE);
                assertThat(f.notes()).singleElement().asString().contains("hashtags, not words");
            });
            assertThat(NativeFilters.mastodonHashtags("#acme channel:reddit").fit()).isEqualTo(Fit.NEVER);
            assertThat(NativeFilters.mastodonHashtags("NOT #acme").fit()).isEqualTo(Fit.NONE);
        }
    }

    @Nested
    class Reddit {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                acme                                    | acme                                      | EXACT
                acme AND (broken OR "money back")       | acme AND (broken OR "money back")         | EXACT
                acme NOT author:acme_support            | acme AND NOT author:acme_support          | EXACT
                #acme OR @acme                          | acme                                      | BROADER
                acme lang:fr                            | acme                                      | BROADER
                acme site:acme.com                      | acme                                      | BROADER
                acme NEAR/2 refund                      | acme AND refund                           | BROADER
                """)
        void writesASearchQuery(String query, String q, Fit fit) {
            var filter = NativeFilters.redditSearch(query);

            assertThat(filter.filters()).containsExactly(q);
            assertThat(filter.fit()).isEqualTo(fit);
        }
    }

    @Nested
    class Keywords {

        @Test
        void searchesTheSmallestSetOfWordsEveryMatchingPostHas() {
            assertThat(NativeFilters.keywords("acme AND (broken OR refund OR \"customer service\")", "reddit").filters()).containsExactly("acme");
            assertThat(NativeFilters.keywords("dropbox OR \"arc effect\" NOT spam", "hackernews").filters()).containsExactly("dropbox", "arc effect");
            assertThat(NativeFilters.keywords("#acme OR refund*", "reddit").filters()).containsExactly("acme", "refund");
            assertThat(NativeFilters.keywords("lang:fr NOT spam", "reddit").fit()).isEqualTo(Fit.NONE);
            assertThat(NativeFilters.keywords("acme channel:x", "reddit").fit()).isEqualTo(Fit.NEVER);
        }
    }

    @Test
    void showsEveryTargetForTheQueryPage() {
        assertThat(NativeFilters.all("acme")).extracting(NativeFilter::target).containsExactly(NativeFilter.Target.values());
    }
}
