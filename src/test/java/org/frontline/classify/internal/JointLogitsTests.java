package org.frontline.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The speed-ups of the intent and rudeness steps change no number: interleaved weights give the same logits
 * bit for bit, and the pipeline gives the same signals as each model scoring on its own (naming only the shown
 * features: {@link ClassificationSpeedupsTests}).
 */
class JointLogitsTests {

    private static final Models MODELS = Models.shipped();
    private static final Pipeline PIPELINE = Pipeline.with(MODELS);
    private static List<String> texts;

    @BeforeAll
    static void texts() {
        texts = new ArrayList<>();
        DemoStreamLabels.load().forEach(p -> texts.add(p.text()));
        TrainingData.ownPosts().forEach(p -> texts.add(p.text()));
        TrainingData.davidson().stream().limit(2000).forEach(p -> texts.add(p.text()));
        texts.addAll(List.of("", "!!!", "REFUND NOW", "😀", "a"));
    }

    @Test
    void interleavedWeightsGiveEachModelsLogitsBitForBit() {
        var joint = new JointLogits(MODELS);
        for (var text : texts) {
            var x = PIPELINE.hasher.features(PIPELINE.tokenizer.tokenize(text));
            var both = joint.of(x);
            assertThat(both.intent()).as(text).containsExactly(MODELS.intent().logits(x));
            assertThat(both.rudeness()).as(text).containsExactly(MODELS.rudeness().logits(x));
        }
    }

    @Test
    void interleavedWeightsGiveEachModelsBucketWeightsBitForBit() {
        var joint = new JointLogits(MODELS);
        var intent = joint.intentWeights();
        var rudeness = joint.rudenessWeights();
        for (var index = 0; index < 1 << MODELS.intent().bits(); index++) {
            for (var label = 0; label < MODELS.intent().labels().size(); label++) {
                assertThat(intent.weight(index, label)).isEqualTo(MODELS.intent().weight(index, label));
            }
            for (var label = 0; label < MODELS.rudeness().labels().size(); label++) {
                assertThat(rudeness.weight(index, label)).isEqualTo(MODELS.rudeness().weight(index, label));
            }
        }
    }

    @Test
    void pipelineGivesTheSameIntentAndRudenessAsEachModelOnItsOwn() {
        for (var text : texts) {
            var tokens = PIPELINE.tokenizer.tokenize(text);
            var padded = PaddedText.of(tokens);
            var x = PIPELINE.hasher.features(tokens);
            var signals = PIPELINE.classify(text, null, null, 0);
            assertThat(signals.intent()).as(text).isEqualTo(PIPELINE.intents.classify(tokens, x, padded));
            assertThat(signals.rudeness()).as(text).isEqualTo(PIPELINE.rudeness.classify(tokens, x, padded));
        }
    }
}
