package org.frontline.matching.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchableTextTests {

    @Test
    void keepsEachDistinctWordOnceWithThePositionsOfItsTokens() {
        MatchableText text = MatchableText.of("Refund, REFUND réfund re\u200Bfund! acme refund");

        assertThat(text.words()).containsExactly("refund", "acme");
        assertThat(text.positionsOf("refund")).containsExactly(0, 1, 2, 3, 5);
        assertThat(text.positionsOf("acme")).containsExactly(4);
        assertThat(text.positionsOf("nothing")).isEmpty();
    }

    @Test
    void hasTheTokenizersTokensAndAPositionForEachOfThem() {
        List<String> pieces = List.of("Acme", "acme", "ACME", "refund", "Réfund", "re\u200Bfund", "ＡＣＭＥ", "😡", "退款", "2024",
                "\u0430cme", " ", ", ", "-", "#", "@", "e\u0301");
        Random random = new Random(20261205L);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder original = new StringBuilder();
            for (int piece = random.nextInt(30); piece >= 0; piece--) {
                original.append(pieces.get(random.nextInt(pieces.size())));
            }
            MatchableText text = MatchableText.of(original.toString());
            List<Token> tokens = Tokenizer.tokenize(original.toString());

            assertThat(text.tokens()).as("%s", original).isEqualTo(tokens);
            Set<String> distinct = new LinkedHashSet<>();
            tokens.forEach(token -> distinct.add(token.folded()));
            assertThat(text.words()).containsExactlyElementsOf(distinct);
            for (String word : distinct) {
                List<Integer> expected = new ArrayList<>();
                for (int position = 0; position < tokens.size(); position++) {
                    if (tokens.get(position).folded().equals(word)) {
                        expected.add(position);
                    }
                }
                assertThat(text.positionsOf(word)).as("%s in %s", word, original)
                        .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }

    @Test
    void keepsEachTokensOffsetsAndWordAsNumbers() {
        String original = "Acme, ACME réfund 😡 #Acme";
        MatchableText text = MatchableText.of(original);
        List<Token> tokens = Tokenizer.tokenize(original);

        assertThat(text.size()).isEqualTo(tokens.size());
        for (int position = 0; position < tokens.size(); position++) {
            assertThat(text.start(position)).isEqualTo(tokens.get(position).start());
            assertThat(text.end(position)).isEqualTo(tokens.get(position).end());
            assertThat(text.word(text.wordAt(position))).isEqualTo(tokens.get(position).folded());
            assertThat(text.token(position)).isEqualTo(tokens.get(position));
        }
    }

    @Test
    void findsHashtagsAndMentionsOnTheTokensKeptAsNumbers() {
        MatchableText text = MatchableText.of("Hi @Acme_Support, about #refund #Refund");

        assertThat(text.tagKeys()).containsExactlyInAnyOrder("@acme_support", "#refund");
        assertThat(text.tagsOf("#refund")).hasSize(2);
        assertThat(MatchableText.of("no tags here").tagKeys()).isEmpty();
    }
}
