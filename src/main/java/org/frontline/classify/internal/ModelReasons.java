package org.frontline.classify.internal;

import java.util.List;

/** The features that pushed a linear model's decision the most, named for a person to read. */
final class ModelReasons {

    private ModelReasons() {}

    /** The {@code count} buckets of {@code x} with the largest positive contributions to {@code label}, named, largest first. */
    static String top(BucketWeights model, List<Token> tokens, FeatureVector x, int label, int count) {
        // Runs on every post: one pass over the distinct buckets keeping a small sorted top list, no sort of all.
        var buckets = x.distinct();
        var times = x.times();
        var distinct = x.distinctSize();
        var bestIndex = new int[count];
        var bestScore = new double[count];
        var kept = 0;
        var value = x.value();
        for (var d = 0; d < distinct; d++) {
            var index = buckets[d];
            var contribution = model.weight(index, label) * value * times[d];
            if (contribution <= 0 || (kept == count && !before(contribution, index, bestScore[kept - 1], bestIndex[kept - 1]))) {
                continue;
            }
            var at = kept < count ? kept++ : kept - 1;
            while (at > 0 && before(contribution, index, bestScore[at - 1], bestIndex[at - 1])) {
                bestScore[at] = bestScore[at - 1];
                bestIndex[at] = bestIndex[at - 1];
                at--;
            }
            bestScore[at] = contribution;
            bestIndex[at] = index;
        }
        if (kept == 0) {
            return "no feature stood out";
        }
        var reason = new StringBuilder();
        for (var k = 0; k < kept; k++) {
            reason.append(k == 0 ? "" : ", ").append(name(tokens, x, bestIndex[k])).append(' ')
                    .append(Decimals.fixed(bestScore[k], 2, true));
        }
        return reason.toString();
    }

    /** Larger contributions first; among equal ones the smaller bucket index, so the order never depends on the scan. */
    private static boolean before(double score, int index, double otherScore, int otherIndex) {
        return score > otherScore || (score == otherScore && index < otherIndex);
    }

    /** A bucket may hold several features of the post: the shortest name shows, the first of equally short ones. */
    private static String name(List<Token> tokens, FeatureVector x, int bucket) {
        String shortest = null;
        for (var i = 0; i < x.size(); i++) {
            if (x.index(i) == bucket) {
                var name = FeatureHasher.name(tokens, x, i);
                if (shortest == null || name.length() < shortest.length()) {
                    shortest = name;
                }
            }
        }
        if (shortest == null) {
            throw new IllegalArgumentException("bucket " + bucket + " is not a feature of the post");
        }
        return shortest;
    }
}
