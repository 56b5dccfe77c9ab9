package org.frontline.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpamScorerTests {

    @Test
    void anOrdinaryIdeaScoresNothing() {
        var score = SpamScorer.score("Dark mode for the mobile app", "Reading at night is blinding.", false);

        assertThat(score.score()).isZero();
        assertThat(score.reasons()).isEmpty();
    }

    @Test
    void sellingWordsShortenedLinksAndLinkLoadsAddUpPastTheHoldThreshold() {
        var score = SpamScorer.score("Best casino bonus", "https://bit.ly/a http://b.example http://c.example", false);

        assertThat(score.score()).isGreaterThanOrEqualTo(0.7);
        assertThat(score.reasons()).contains("3 links", "a shortened link", "selling words: casino");
    }

    @Test
    void oneLinkOrShoutingAloneDoesNotHoldATopic() {
        assertThat(SpamScorer.score("Please see https://example.com/bug", "", false).score()).isLessThan(0.7);
        assertThat(SpamScorer.score("THE CHECKOUT IS BROKEN AGAIN", "", false).score()).isLessThan(0.7);
    }

    @Test
    void wordsInsideOtherWordsDoNotCount() {
        assertThat(SpamScorer.score("Seoul store opening hours", "", false).reasons()).isEmpty();
    }

    @Test
    void theSameTitleAgainFromTheSameAccountCounts() {
        assertThat(SpamScorer.score("Dark mode", "", true).reasons()).contains("the same title posted again by the same account");
    }
}
