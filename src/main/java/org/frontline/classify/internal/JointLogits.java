package org.frontline.classify.internal;

/**
 * The intent and rudeness models' weights interleaved per feature bucket, so that scoring a post reads one
 * short run of memory per feature for both models instead of one in each model's array. The arithmetic is
 * {@link LinearModel#logits}'s, term by term in the same order, so the logits are exactly the same.
 */
final class JointLogits {

    /** Both models' logits of one post. */
    record Logits(double[] intent, double[] rudeness) {}

    private final int intentLabels;
    private final int rudenessLabels;
    private final int stride;
    private final float[] weights;
    private final float[] intentBias;
    private final float[] rudenessBias;

    JointLogits(Models models) {
        this.intentLabels = models.intent().labels().size();
        this.rudenessLabels = models.rudeness().labels().size();
        this.stride = intentLabels + rudenessLabels;
        var buckets = 1 << models.intent().bits();
        this.weights = new float[buckets * stride];
        var intent = models.intent().rawWeights();
        var rudeness = models.rudeness().rawWeights();
        for (var b = 0; b < buckets; b++) {
            System.arraycopy(intent, b * intentLabels, weights, b * stride, intentLabels);
            System.arraycopy(rudeness, b * rudenessLabels, weights, b * stride + intentLabels, rudenessLabels);
        }
        this.intentBias = models.intent().rawBias();
        this.rudenessBias = models.rudeness().rawBias();
    }

    /** {@link LinearModel#weight} of the intent model, read from the interleaved weights (just read while scoring). */
    BucketWeights intentWeights() {
        return (index, label) -> weight(index * stride, intentLabels, label);
    }

    /** {@link LinearModel#weight} of the rudeness model, read from the interleaved weights. */
    BucketWeights rudenessWeights() {
        return (index, label) -> weight(index * stride + intentLabels, rudenessLabels, label);
    }

    /** {@link LinearModel#weight}'s arithmetic, term by term. */
    private double weight(int base, int k, int label) {
        var others = 0.0;
        for (var c = 0; c < k; c++) {
            if (c != label) {
                others += weights[base + c];
            }
        }
        return weights[base + label] - (k > 1 ? others / (k - 1) : 0);
    }

    Logits of(FeatureVector x) {
        var intent = new double[intentLabels];
        var rudeness = new double[rudenessLabels];
        for (var c = 0; c < intentLabels; c++) {
            intent[c] = intentBias[c];
        }
        for (var c = 0; c < rudenessLabels; c++) {
            rudeness[c] = rudenessBias[c];
        }
        var value = x.value();
        for (var i = 0; i < x.size(); i++) {
            var base = x.index(i) * stride;
            for (var c = 0; c < intentLabels; c++) {
                intent[c] += weights[base + c] * value;
            }
            for (var c = 0; c < rudenessLabels; c++) {
                rudeness[c] += weights[base + intentLabels + c] * value;
            }
        }
        return new Logits(intent, rudeness);
    }
}
