package org.frontline.classify.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The features that pushed a linear model's decision the most, named for a person to read. */
final class ModelReasons {

    private ModelReasons() {}

    static String top(BucketWeights model, FeatureHasher hasher, List<Token> tokens, FeatureVector x, int label, int count) {
        // Runs on every post: sorted int indices and a small insertion-sorted top list, no maps or boxing.
        var indices = new int[x.size()];
        for (var i = 0; i < indices.length; i++) {
            indices[i] = x.index(i);
        }
        Arrays.sort(indices);
        var keep = count * 2;
        var bestIndex = new int[keep];
        var bestScore = new double[keep];
        var kept = 0;
        var value = x.value();
        for (var i = 0; i < indices.length; ) {
            var index = indices[i];
            var times = 0;
            while (i < indices.length && indices[i] == index) {
                times++;
                i++;
            }
            var contribution = model.weight(index, label) * value * times;
            if (contribution <= 0 || (kept == keep && contribution <= bestScore[kept - 1])) {
                continue;
            }
            var at = kept < keep ? kept++ : kept - 1;
            while (at > 0 && bestScore[at - 1] < contribution) {
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
        // Only the features shown are named (every kept bucket was emitted, so the first `count` always have a
        // name): the positions in the vector whose bucket is one of them.
        var wanted = Arrays.copyOf(bestIndex, Math.min(kept, count));
        var positions = new boolean[x.size()];
        for (var i = 0; i < positions.length; i++) {
            positions[i] = contains(wanted, x.index(i));
        }
        var names = hasher.namesAt(tokens, x, positions);
        var parts = new ArrayList<String>();
        for (var k = 0; k < kept && parts.size() < count; k++) {
            var name = names.get(bestIndex[k]);
            if (name != null) {
                parts.add(name + " " + Decimals.fixed(bestScore[k], 2, true));
            }
        }
        return String.join(", ", parts);
    }

    private static boolean contains(int[] values, int wanted) {
        for (var v : values) {
            if (v == wanted) {
                return true;
            }
        }
        return false;
    }
}
