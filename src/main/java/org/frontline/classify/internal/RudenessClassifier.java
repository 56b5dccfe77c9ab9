package org.frontline.classify.internal;

import java.util.List;
import org.frontline.classify.Signals.RudenessSignal;

/**
 * Rudeness from a model trained on the Davidson et al. tweets (hate speech and offensive language against
 * neither) and Frontline's own posts. Shown as a badge; never used to lower priority.
 */
public final class RudenessClassifier {

    /** The badge shows from this probability on. */
    public static final double BADGE = 0.5;

    private final LinearModel model;
    private final int rude;

    public RudenessClassifier(LinearModel model) {
        this.model = model;
        this.rude = model.labels().indexOf("rude");
        if (rude < 0) {
            throw new IllegalStateException("The rudeness model has no label \"rude\"");
        }
    }

    public RudenessSignal classify(List<Token> tokens, FeatureVector x, PaddedText padded) {
        return classify(tokens, x, padded, model.logits(x), model);
    }

    /** With the model's logits of {@code x} already computed, and its weights for reasons. */
    RudenessSignal classify(List<Token> tokens, FeatureVector x, PaddedText padded, double[] logits, BucketWeights weights) {
        var modelScore = LinearModel.softmax(logits)[rude];
        var rule = RudenessRules.hit(padded);
        var score = rule.isEmpty() ? modelScore : boosted(modelScore);
        if (score < BADGE) {
            return new RudenessSignal(score, false, "model: " + Decimals.fixed(score * 100, 0, false) + "%, below the badge threshold");
        }
        var because = rule.map(r -> "rule: " + r + "; ").orElse("");
        return new RudenessSignal(score, true, because + "model: " + Decimals.fixed(modelScore * 100, 0, false) + "% rude, "
                + ModelReasons.top(weights, tokens, x, rude, 3));
    }

    private static double boosted(double p) {
        var clipped = Math.max(1e-6, Math.min(1 - 1e-6, p));
        var logOdds = Math.log(clipped / (1 - clipped)) + RudenessRules.BOOST;
        return 1 / (1 + Math.exp(-logOdds));
    }
}
