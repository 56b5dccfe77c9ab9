package org.frontline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.frontline.classify.internal.Token;
import org.frontline.classify.internal.Token.Kind;
import org.frontline.classify.internal.Tokenizer;
import org.junit.jupiter.api.Test;

class TokenizerTests {

    private final Tokenizer tokenizer = new Tokenizer(Set.of(":)", ":("));

    @Test
    void splitsWordsLinksHandlesTagsAndPunctuationRuns() {
        var tokens = tokenizer.tokenize("@acme_support WHY can't I log in?! see https://x.example/a #AcmeDown");

        assertThat(tokens).extracting(Token::kind).containsExactly(
                Kind.MENTION, Kind.WORD, Kind.WORD, Kind.WORD, Kind.WORD, Kind.WORD, Kind.QUESTION, Kind.WORD, Kind.URL, Kind.HASHTAG);
        assertThat(tokens).extracting(Token::norm).containsExactly(
                "<user>", "why", "can't", "i", "log", "in", "?", "see", "<url>", "#acmedown");
        assertThat(tokens.get(1).shouted()).isTrue();
    }

    @Test
    void keepsEmojiAndStandaloneEmoticonsButNotSmileysInsideWords() {
        var tokens = tokenizer.tokenize("love it \u2764\uFE0F :) f(:x)");

        assertThat(tokens).extracting(Token::kind).contains(Kind.EMOJI, Kind.EMOTICON);
        assertThat(tokens).filteredOn(t -> t.kind() == Kind.EMOTICON).hasSize(1);
    }

    @Test
    void readsCurlyApostrophesAsStraightOnes() {
        assertThat(tokenizer.tokenize("doesn\u2019t work").getFirst().norm()).isEqualTo("doesn't");
    }

    @Test
    void capsVeryLongPosts() {
        var tokens = tokenizer.tokenize("word ".repeat(10_000));

        assertThat(tokens).hasSize(Tokenizer.MAX_CHARS / 5);
    }
}
