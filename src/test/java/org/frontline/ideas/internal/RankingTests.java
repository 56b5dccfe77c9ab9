package org.frontline.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTests {

    @Test
    void addsWeightedVotesMentionsCasesAndReachAndExplainsEachTerm() {
        var score = Ranking.score(new Ranking.Inputs(List.of(1.0, 1.0, 5.0), 3, 2, 99_999));

        assertThat(score.terms()).extracting(Ranking.Term::points)
                .containsExactly(7.0, 6.0, 2.0, 2 * Math.log10(100_000));
        assertThat(score.total()).isEqualTo(25.0, within(1e-9));
        assertThat(score.terms()).extracting(Ranking.Term::explanation).containsExactly(
                "3 votes weighted by customer value (1 from customers valued above 1)",
                "3 linked social mentions × 2",
                "2 support cases × 1",
                "loudest linked author has 99999 followers: 2 × log10(1 + followers)");
    }

    @Test
    void aTopicNobodyHeardOfScoresZero() {
        var score = Ranking.score(new Ranking.Inputs(List.of(), 0, 0, 0));

        assertThat(score.total()).isZero();
        assertThat(score.terms().get(3).explanation()).isEqualTo("no linked author with known followers");
    }
}
