package org.frontline.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Collections;
import org.frontline.ingest.SearchCondition;
import org.frontline.ingest.SearchCondition.AllOf;
import org.frontline.ingest.SearchCondition.AnyOf;
import org.frontline.ingest.SearchCondition.Key;
import org.frontline.ingest.SearchCondition.Sequence;
import org.frontline.matching.query.CompiledQuery;
import org.frontline.matching.query.MatchableText;
import org.frontline.matching.query.PostFacts;
import org.frontline.matching.query.Query;
import org.frontline.matching.query.QueryParser;
import org.frontline.matching.query.QuerySyntaxError;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CandidateSearchTests {

    @Test
    void everyPostAQueryMatchesHasTheKeysOfItsCondition() {
        var samples = new PreviewSamples(42);
        int matched = 0;
        int narrowed = 0;
        int exactlyTold = 0;
        for (int i = 0; i < 20_000; i++) {
            Query query = parseOrNull(samples.query(3));
            if (query == null) {
                continue;
            }
            var text = MatchableText.of(samples.text(), new PostFacts(
                    samples.channel().wireName(), samples.author().handle(), samples.lang(), samples.url(), 800L));
            var condition = CandidateSearch.conditionFor(query);
            if (condition.isPresent()) {
                narrowed++;
            }
            var keys = CandidateSearch.keysOf(text);
            if (keys == null) {
                continue;
            }
            boolean matches = CompiledQuery.compile(query).matches(text);
            if (matches) {
                matched++;
                condition.ifPresent(c -> assertThat(holds(c, keys)).as("%s on %s", query.canonical(), keys).isTrue());
            }
            var exact = CandidateSearch.exactConditionFor(query);
            if (exact.isPresent()) {
                exactlyTold++;
                assertThat(holds(exact.get(), keys)).as("%s on %s", query.canonical(), keys).isEqualTo(matches);
            }
        }
        assertThat(matched).isGreaterThan(2_000);
        assertThat(narrowed).isGreaterThan(5_000);
        assertThat(exactlyTold).isGreaterThan(3_000);
    }

    @Test
    void nearFollowersAndAddressesAreNeverCountedByKeysAlone() {
        assertThat(CandidateSearch.exactConditionFor(QueryParser.parse("transfer NEAR/3 pending"))).isEmpty();
        assertThat(CandidateSearch.exactConditionFor(QueryParser.parse("acme followers:>10"))).isEmpty();
        assertThat(CandidateSearch.exactConditionFor(QueryParser.parse("acme url:acme.com"))).isEmpty();
        assertThat(CandidateSearch.exactConditionFor(QueryParser.parse("NOT thanks")))
                .contains(new SearchCondition.Not(word("thanks")));
    }

    @Test
    void aPostWithAKeyThatCannotBeToldApartHasNoKeys() {
        // U+FDFA is one letter whose folded form is four words with spaces between them.
        assertThat(CandidateSearch.keysOf(MatchableText.of("acme \uFDFA"))).isNull();
        assertThat(CandidateSearch.keysOf(MatchableText.of("acme", new PostFacts(null, null, "fr ca", null, null)))).isNull();
    }

    @Test
    void everyClauseOfAnAndNarrowsTheCandidatesButNegationsDoNot() {
        var condition = CandidateSearch.conditionFor(QueryParser.parse("card AND (blocked OR declined) NOT thanks"));

        assertThat(condition).contains(new AllOf(List.of(word("card"), new AnyOf(List.of(word("blocked"), word("declined"))))));
    }

    @Test
    void queriesMadeOnlyOfWhatKeysCannotTellHaveNoCondition() {
        assertThat(CandidateSearch.conditionFor(QueryParser.parse("NOT refund"))).isEmpty();
        assertThat(CandidateSearch.conditionFor(QueryParser.parse("refund OR followers:>1000"))).isEmpty();
        assertThat(CandidateSearch.conditionFor(QueryParser.parse("site:acme.com"))).isEmpty();
    }

    @Test
    void wildcardsPhrasesAndNearAskForEveryWordTheyNeed() {
        assertThat(CandidateSearch.conditionFor(QueryParser.parse("verif* AND \"money back\"")))
                .contains(new AllOf(List.of(new Key("verif", true), new Sequence(List.of("money", "back")))));
        assertThat(CandidateSearch.conditionFor(QueryParser.parse("transfer NEAR/3 pending")))
                .contains(new AllOf(List.of(word("transfer"), word("pending"))));
    }

    @Test
    void postKeysHoldFoldedWordsTagsAndEveryLanguageAndAuthorAFieldCanName() {
        var text = MatchableText.of(
                "ＲＥ\u200BFUND from #Acmé via @ana@mastodon.social", new PostFacts("x", "Bob@mastodon.example", "fr-CA", null, null));

        assertThat(CandidateSearch.keysOf(text))
                .contains("refund", "#acme", "@ana@mastodon.social", "@ana", "=lang:fr-ca", "=lang:fr")
                .contains("=author:bob@mastodon.example", "=author:bob", "=channel:x");
    }

    private static boolean holds(SearchCondition condition, List<String> keys) {
        return switch (condition) {
            case Key key -> key.prefix()
                    ? keys.stream().anyMatch(k -> k.startsWith(key.value()))
                    : keys.contains(key.value());
            case Sequence sequence -> Collections.indexOfSubList(keys, sequence.keys()) >= 0;
            case AllOf all -> all.conditions().stream().allMatch(c -> holds(c, keys));
            case AnyOf any -> any.conditions().stream().anyMatch(c -> holds(c, keys));
            case SearchCondition.Not not -> !holds(not.condition(), keys);
        };
    }

    private static Key word(String value) {
        return new Key(value, false);
    }

    private static @Nullable Query parseOrNull(String query) {
        try {
            return QueryParser.parse(query);
        } catch (QuerySyntaxError e) {
            return null;
        }
    }
}
