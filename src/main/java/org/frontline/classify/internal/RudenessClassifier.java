package org.frontline.classify.internal;

import java.util.List;
import java.util.Locale;
import org.frontline.classify.Signals.RudenessSignal;

/**
 * Rudeness from a model trained on the Davidson et al. tweets (hate speech and offensive language against
 * neither) and Frontline's own posts. Shown as a badge; never used to lower priority.
 */
public final class RudenessClassifier {

    /** The badge shows from this probability on. */
    public static final double BADGE = 0.5;

    private final LinearModel model;
    private final FeatureHasher hasher;
    private final int rude;

    public RudenessClassifier(LinearModel model, FeatureHasher hasher) {
        this.model = model;
        this.hasher = hasher;
        this.rude = model.labels().indexOf("rude");
        if (rude < 0) {
            throw new IllegalStateException("The rudeness model has no label \"rude\"");
        }
    }

    public RudenessSignal classify(List<Token> tokens, FeatureVector x, String padded) {
        var modelScore = model.probabilities(x)[rude];
        var rule = RudenessRules.hit(padded);
        var score = rule.isEmpty() ? modelScore : boosted(modelScore);
        if (score < BADGE) {
            return new RudenessSignal(score, false, String.format(Locale.ROOT, "model: %.0f%%, below the badge threshold", score * 100));
        }
        var because = rule.map(r -> "rule: " + r + "; ").orElse("");
        return new RudenessSignal(score, true, because + String.format(Locale.ROOT, "model: %.0f%% rude, ", modelScore * 100)
                + ModelReasons.top(model, hasher, tokens, x, rude, 3));
    }

    private static double boosted(double p) {
        var clipped = Math.max(1e-6, Math.min(1 - 1e-6, p));
        var logOdds = Math.log(clipped / (1 - clipped)) + RudenessRules.BOOST;
        return 1 / (1 + Math.exp(-logOdds));
    }
}
