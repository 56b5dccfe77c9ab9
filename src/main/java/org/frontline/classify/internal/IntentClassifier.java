package org.frontline.classify.internal;

import java.util.ArrayList;
import java.util.List;
import org.frontline.classify.Intent;
import org.frontline.classify.Signals.IntentSignal;

/**
 * Intent from the trained model plus {@link IntentRules}: each rule hit adds to its intent's logit, then the
 * most probable intent wins. The reason names the rules that fired and the model's strongest features.
 */
public final class IntentClassifier {

    private final LinearModel model;
    private final Intent[] intents;

    public IntentClassifier(LinearModel model) {
        this.model = model;
        this.intents = model.labels().stream().map(l -> Intent.fromWireName(l).orElseThrow()).toArray(Intent[]::new);
    }

    public IntentSignal classify(List<Token> tokens, FeatureVector x, PaddedText padded) {
        return classify(tokens, x, padded, true);
    }

    /** Without rules, for measuring what the rules add. */
    IntentSignal classify(List<Token> tokens, FeatureVector x, PaddedText padded, boolean withRules) {
        return classify(tokens, x, padded, model.logits(x), model, withRules);
    }

    /** With the model's logits of {@code x} already computed (they are changed here) and its weights for reasons. */
    IntentSignal classify(List<Token> tokens, FeatureVector x, PaddedText padded, double[] logits, BucketWeights weights, boolean withRules) {
        var hits = withRules ? IntentRules.apply(tokens, padded) : List.<IntentRules.Hit>of();
        for (var hit : hits) {
            logits[indexOf(hit.intent())] += hit.boost();
        }
        var p = LinearModel.softmax(logits);
        var best = 0;
        for (var c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        var intent = intents[best];
        var reasons = new ArrayList<String>();
        hits.stream().filter(h -> h.intent() == intent).forEach(h -> reasons.add("rule: " + h.why()));
        reasons.add("model: " + ModelReasons.top(weights, tokens, x, best, 3));
        return new IntentSignal(intent, p[best], String.join("; ", reasons));
    }

    private int indexOf(Intent intent) {
        for (var c = 0; c < intents.length; c++) {
            if (intents[c] == intent) {
                return c;
            }
        }
        throw new IllegalStateException("The intent model has no label " + intent.wireName());
    }
}
