package org.frontline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.frontline.classify.internal.FeatureHasher;
import org.frontline.classify.internal.LinearModel;
import org.frontline.classify.internal.ModelTrainer;
import org.frontline.classify.internal.ModelTrainer.Example;
import org.frontline.classify.internal.ModelTrainer.Settings;
import org.frontline.classify.internal.Tokenizer;
import org.junit.jupiter.api.Test;

class ModelTrainerTests {

    private static final Tokenizer TOKENIZER = new Tokenizer(java.util.Set.of());
    private static final FeatureHasher HASHER = new FeatureHasher(12);
    private static final Settings SETTINGS = new Settings(12, 20, 0.5, 1e-6, 7);

    private static List<Example> examples() {
        var examples = new ArrayList<Example>();
        for (var text : List.of("cats purr", "cats meow loudly", "my cat sleeps", "a kitten and a cat")) {
            examples.add(new Example(HASHER.features(TOKENIZER.tokenize(text)), 0, 1f));
        }
        for (var text : List.of("dogs bark", "the dog barks loudly", "my dog runs", "a puppy and a dog")) {
            examples.add(new Example(HASHER.features(TOKENIZER.tokenize(text)), 1, 1f));
        }
        return examples;
    }

    private static byte[] bytes(LinearModel model) {
        var out = new ByteArrayOutputStream();
        model.save(out);
        return out.toByteArray();
    }

    @Test
    void learnsASeparableProblem() {
        var model = new ModelTrainer(SETTINGS).train(List.of("cat", "dog"), examples(), epoch -> {});

        var p = model.probabilities(HASHER.features(TOKENIZER.tokenize("the cat")));
        assertThat(p[0]).isGreaterThan(0.5);
    }

    @Test
    void sameDataAndSeedGiveTheSameModelBytes() {
        var first = new ModelTrainer(SETTINGS).train(List.of("cat", "dog"), examples(), epoch -> {});
        var second = new ModelTrainer(SETTINGS).train(List.of("cat", "dog"), examples(), epoch -> {});

        assertThat(bytes(second)).isEqualTo(bytes(first));
    }

    @Test
    void savedModelLoadsWithTheSameScores() {
        var model = new ModelTrainer(SETTINGS).train(List.of("cat", "dog"), examples(), epoch -> {});
        var loaded = LinearModel.load(new ByteArrayInputStream(bytes(model)));
        var x = HASHER.features(TOKENIZER.tokenize("a dog and a cat"));

        assertThat(loaded.labels()).containsExactly("cat", "dog");
        assertThat(loaded.probabilities(x)).containsExactly(model.probabilities(x));
    }

    @Test
    void reportsEveryEpoch() {
        var epochs = new ArrayList<Integer>();
        new ModelTrainer(SETTINGS).train(List.of("cat", "dog"), examples(), epochs::add);

        assertThat(epochs).hasSize(20).startsWith(1).endsWith(20);
    }
}
