package org.frontline.classify.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Trains a {@link LinearModel} by stochastic gradient descent on the cross-entropy, with L2 regularisation and
 * a decaying learning rate. Deterministic: the same examples, settings and seed give the same weights.
 */
public final class ModelTrainer {

    /** One labelled post; {@code weight} lets scarce or trusted examples (agents' corrections) count more. */
    public record Example(FeatureVector features, int label, float weight) {}

    public record Settings(int bits, int epochs, double learningRate, double l2, long seed) {}

    private final Settings settings;

    public ModelTrainer(Settings settings) {
        this.settings = settings;
    }

    /** Trains on the examples; {@code progress} hears each finished epoch (1-based). */
    public LinearModel train(List<String> labels, List<Example> examples, IntConsumer progress) {
        var k = labels.size();
        var weights = new float[(1 << settings.bits()) * k];
        var bias = new float[k];
        var order = new ArrayList<>(examples);
        var random = new Random(settings.seed());
        var step = 0L;
        for (var epoch = 1; epoch <= settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (var example : order) {
                var rate = settings.learningRate() / (1 + step++ / (double) order.size());
                update(example, weights, bias, k, rate);
            }
            progress.accept(epoch);
        }
        return new LinearModel(labels, settings.bits(), weights, bias);
    }

    private void update(Example example, float[] weights, float[] bias, int k, double rate) {
        var x = example.features();
        var p = LinearModel.softmax(logits(x, weights, bias, k));
        var value = x.value();
        for (var c = 0; c < k; c++) {
            var gradient = (p[c] - (c == example.label() ? 1 : 0)) * example.weight();
            bias[c] -= (float) (rate * gradient);
            for (var i = 0; i < x.size(); i++) {
                var at = x.index(i) * k + c;
                // L2 is applied only to the weights this post touches: lazy, but keeps training linear in the data.
                weights[at] -= (float) (rate * (gradient * value + settings.l2() * weights[at]));
            }
        }
    }

    private static double[] logits(FeatureVector x, float[] weights, float[] bias, int k) {
        var z = new double[k];
        for (var c = 0; c < k; c++) {
            z[c] = bias[c];
        }
        var value = x.value();
        for (var i = 0; i < x.size(); i++) {
            var base = x.index(i) * k;
            for (var c = 0; c < k; c++) {
                z[c] += weights[base + c] * value;
            }
        }
        return z;
    }
}
