package org.frontline.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontline.ideas.TopicId;
import org.junit.jupiter.api.Test;

class TrendingTests {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration HALF_LIFE = Duration.ofDays(3);

    @Test
    void aVoteWeighsHalfAfterEachHalfLife() {
        var topic = new TopicId(UUID.randomUUID());
        var scores = Trending.scores(List.of(
                vote(topic, NOW), vote(topic, NOW.minus(HALF_LIFE)), vote(topic, NOW.minus(HALF_LIFE.multipliedBy(2)))),
                NOW, HALF_LIFE);

        assertThat(scores.get(topic)).isEqualTo(1.75, within(1e-9));
    }

    @Test
    void twoFreshVotesOutrankFiveOldOnesAndTiesKeepTheGivenOrder() {
        var old = new TopicId(UUID.randomUUID());
        var fresh = new TopicId(UUID.randomUUID());
        var silent = new TopicId(UUID.randomUUID());
        var votes = new java.util.ArrayList<VoteRepository.CastVote>();
        for (int i = 0; i < 5; i++) {
            votes.add(vote(old, NOW.minus(Duration.ofDays(20))));
        }
        votes.add(vote(fresh, NOW.minus(Duration.ofHours(1))));
        votes.add(vote(fresh, NOW.minus(Duration.ofHours(2))));

        var order = Trending.order(List.of(silent, old, fresh), Trending.scores(votes, NOW, HALF_LIFE));

        assertThat(order).containsExactly(fresh, old, silent);
    }

    private static VoteRepository.CastVote vote(TopicId topic, Instant at) {
        return new VoteRepository.CastVote(topic, UUID.randomUUID(), at);
    }
}
