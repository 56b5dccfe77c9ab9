package org.frontline.ideas.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.ideas.TopicId;

/**
 * Trending: each vote counts {@code 0.5^(age / halfLife)}, so a vote from today outweighs one from last
 * month and a burst of recent votes lifts a topic above an old favourite. Pure.
 */
public final class Trending {

    private Trending() {}

    public static Map<TopicId, Double> scores(List<VoteRepository.CastVote> votes, Instant now, Duration halfLife) {
        var scores = new HashMap<TopicId, Double>();
        var halfLifeSeconds = (double) halfLife.toSeconds();
        for (var vote : votes) {
            var ageSeconds = Math.max(0, Duration.between(vote.at(), now).toSeconds());
            scores.merge(vote.topic(), Math.pow(0.5, ageSeconds / halfLifeSeconds), Double::sum);
        }
        return scores;
    }

    /** The topics in trending order: by decayed score, ties by the candidates' given order. */
    public static List<TopicId> order(List<TopicId> candidates, Map<TopicId, Double> scores) {
        var position = new HashMap<TopicId, Integer>();
        for (int i = 0; i < candidates.size(); i++) {
            position.put(candidates.get(i), i);
        }
        return candidates.stream()
                .sorted(Comparator.comparingDouble((TopicId id) -> -scores.getOrDefault(id, 0.0))
                        .thenComparing(position::get))
                .toList();
    }
}
