package org.frontline.classify.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.frontline.classify.Intent;
import org.frontline.classify.internal.ModelTrainer.Example;
import org.frontline.classify.internal.ModelTrainer.Settings;
import org.frontline.classify.internal.TrainingData.Labelled;

/**
 * Builds the intent and rudeness models from the repository's data plus agents' corrections, reproducibly:
 * fixed seeds, fixed splits, fixed settings. Only training posts are used; held-out posts stay for evaluation.
 */
public final class Training {

    public static final int BITS = 17;
    public static final long SEED = 20_251_123L;

    static final Settings INTENT = new Settings(BITS, 30, 0.5, 1e-6, SEED);
    static final Settings RUDENESS = new Settings(BITS, 8, 0.5, 1e-6, SEED);

    /** Own posts are few and in our domain; corrections are agents' judgements on real mentions. */
    static final float OWN_WEIGHT = 2f;
    static final float CORRECTION_WEIGHT = 3f;
    /** BANKING77 utterances used as polite examples, so ordinary customer wording is not taken for rude. */
    static final int POLITE_BANKING_PER_CATEGORY = 20;

    public static final List<String> INTENTS = Arrays.stream(Intent.values()).map(Intent::wireName).toList();
    public static final List<String> RUDENESS_LABELS = List.of("polite", "rude");

    /** Progress of a training run, for the command line and the admin page. */
    public interface Progress {
        void step(String stage, int done, int total);
    }

    private final Tokenizer tokenizer;
    private final FeatureHasher hasher = new FeatureHasher(BITS);

    public Training(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public static Training shipped() {
        return new Training(Pipeline.Shared.TOKENIZER);
    }

    /** Both models; corrections are (text, intent) and (text, "rude"|"polite") pairs from agents. */
    public Models train(List<Labelled> intentCorrections, List<Labelled> rudenessCorrections, Progress progress) {
        var intent = intent(intentCorrections, epoch -> progress.step("intent", epoch, INTENT.epochs()));
        var rudeness = rudeness(rudenessCorrections, epoch -> progress.step("rudeness", epoch, RUDENESS.epochs()));
        return new Models(intent, rudeness);
    }

    LinearModel intent(List<Labelled> corrections, java.util.function.IntConsumer epochs) {
        var examples = new ArrayList<Example>();
        for (var post : TrainingData.ownPosts()) {
            if (!TrainingData.heldOut(post.text())) {
                examples.add(example(post.text(), INTENTS.indexOf(post.intent()), OWN_WEIGHT));
            }
        }
        TrainingData.banking77("train", TrainingData.BANKING_PER_CATEGORY)
                .forEach(p -> examples.add(example(p.text(), INTENTS.indexOf(p.label()), 1f)));
        add(corrections, INTENTS, examples);
        return new ModelTrainer(INTENT).train(INTENTS, balanced(examples, INTENTS.size()), epochs);
    }

    LinearModel rudeness(List<Labelled> corrections, java.util.function.IntConsumer epochs) {
        var examples = new ArrayList<Example>();
        for (var tweet : TrainingData.davidson()) {
            if (!TrainingData.heldOut(tweet.text())) {
                examples.add(example(tweet.text(), RUDENESS_LABELS.indexOf(tweet.label()), 1f));
            }
        }
        for (var post : TrainingData.ownPosts()) {
            if (!TrainingData.heldOut(post.text())) {
                examples.add(example(post.text(), post.rude() ? 1 : 0, OWN_WEIGHT));
            }
        }
        TrainingData.banking77("train", POLITE_BANKING_PER_CATEGORY).forEach(p -> examples.add(example(p.text(), 0, 1f)));
        add(corrections, RUDENESS_LABELS, examples);
        return new ModelTrainer(RUDENESS).train(RUDENESS_LABELS, examples, epochs);
    }

    /**
     * Reweights examples so every label weighs the same in total: BANKING77 brings hundreds of complaints and
     * questions, while spam and other posts are few, and an unbalanced model would call everything a complaint.
     */
    static List<Example> balanced(List<Example> examples, int labels) {
        var totals = new double[labels];
        examples.forEach(e -> totals[e.label()] += e.weight());
        var all = java.util.Arrays.stream(totals).sum();
        return examples.stream()
                .map(e -> new Example(e.features(), e.label(), (float) (e.weight() * all / (labels * totals[e.label()]))))
                .toList();
    }

    private void add(List<Labelled> corrections, List<String> labels, List<Example> examples) {
        for (var c : corrections) {
            var label = labels.indexOf(c.label());
            if (label >= 0) {
                examples.add(example(c.text(), label, CORRECTION_WEIGHT));
            }
        }
    }

    private Example example(String text, int label, float weight) {
        if (label < 0) {
            throw new IllegalArgumentException("Unknown label for: " + text);
        }
        return new Example(hasher.features(tokenizer.tokenize(text)), label, weight);
    }
}
