package org.frontline.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.frontline.classify.internal.Token.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The speed-ups of features, reasons and sentiment change no result: each is compared here with the way it was
 * computed before (kept in this class as the reference), on every lexicon word and thousands of posts.
 */
class ClassificationSpeedupsTests {

    private static final Models MODELS = Models.shipped();
    private static final Pipeline PIPELINE = Pipeline.with(MODELS);
    private static List<String> texts;

    @BeforeAll
    static void texts() {
        texts = new ArrayList<>();
        DemoStreamLabels.load().forEach(p -> texts.add(p.text()));
        TrainingData.ownPosts().forEach(p -> texts.add(p.text()));
        TrainingData.davidson().stream().limit(3000).forEach(p -> texts.add(p.text()));
        TrainingData.languagePosts().forEach(p -> texts.add(p.text()));
        texts.addAll(List.of("", "!!!", "REFUND NOW", "😀", "a", "#refund #NotWorking", "^_^ great $_$", "x",
                "not very good but OK :) ^^", "I'd pay for it :-( #sad"));
    }

    @Test
    void featuresAreTheSameBucketsInTheSameOrderAsBefore() {
        for (var text : texts) {
            var tokens = PIPELINE.tokenizer.tokenize(text);
            var x = PIPELINE.hasher.features(tokens);
            var reference = ReferenceFeatures.of(tokens, MODELS.intent().bits());
            assertThat(indices(x)).as(text).containsExactly(reference.indices().stream().mapToInt(i -> i).toArray());
        }
    }

    @Test
    void eachFeatureIsNamedFromItsOriginAsTheRehashedFeatureWasNamed() {
        for (var text : texts) {
            var tokens = PIPELINE.tokenizer.tokenize(text);
            var x = PIPELINE.hasher.features(tokens);
            var reference = ReferenceFeatures.of(tokens, MODELS.intent().bits());
            for (var i = 0; i < x.size(); i++) {
                assertThat(FeatureHasher.name(tokens, x, i)).as(text).isEqualTo(reference.names().get(i));
            }
        }
    }

    @Test
    void reasonsShowTheSameFeaturesAsSortingEveryBucket() {
        var logits = new JointLogits(MODELS);
        var intent = logits.intentWeights();
        var rudeness = logits.rudenessWeights();
        for (var text : texts) {
            var tokens = PIPELINE.tokenizer.tokenize(text);
            var x = PIPELINE.hasher.features(tokens);
            var reference = ReferenceFeatures.of(tokens, MODELS.intent().bits());
            for (var label = 0; label < MODELS.intent().labels().size(); label++) {
                assertThat(ModelReasons.top(intent, tokens, x, label, 3)).as(text)
                        .isEqualTo(ReferenceFeatures.top(intent, reference, label, 3));
            }
            for (var label = 0; label < MODELS.rudeness().labels().size(); label++) {
                assertThat(ModelReasons.top(rudeness, tokens, x, label, 3)).as(text)
                        .isEqualTo(ReferenceFeatures.top(rudeness, reference, label, 3));
            }
        }
    }

    @Test
    void repeatedBucketsAreCountedOncePerBucketWithHowOftenTheyAppear() {
        var x = new FeatureVector(4);
        for (var index : new int[] {7, 3, 7, 7, 1 << 20, 3, 0}) {
            x.add(index, 0);
        }
        assertThat(Arrays.copyOf(x.distinct(), x.distinctSize())).containsExactly(7, 3, 1 << 20, 0);
        assertThat(Arrays.copyOf(x.times(), x.distinctSize())).containsExactly(3, 2, 1, 1);
    }

    @Test
    void oneLookupPerWordSaysWhatTheSeparateLookupsSaid() {
        var lexicon = Pipeline.Shared.LEXICON;
        var rules = SentimentRules.ENGLISH;
        var words = new SentimentWords(lexicon, rules);
        var candidates = new HashSet<String>(lexicon.words().keySet());
        candidates.addAll(rules.boosters().keySet());
        candidates.addAll(rules.negators());
        candidates.addAll(rules.contrasts());
        lexicon.phrases().keySet().forEach(p -> candidates.addAll(List.of(p.split(" "))));
        for (var text : texts) {
            PIPELINE.tokenizer.tokenize(text).forEach(t -> candidates.add(t.norm()));
        }
        assertThat(candidates).hasSizeGreaterThan(15_000);
        for (var word : candidates) {
            var entry = words.of(word);
            var boost = rules.boosters().get(word);
            assertThat(entry.valence()).as(word).isEqualTo(lexicon.word(word));
            assertThat(entry.booster()).as(word).isEqualTo(boost != null);
            assertThat(entry.boost()).as(word).isEqualTo(boost == null ? 0 : boost);
            assertThat(entry.negator()).as(word).isEqualTo(rules.negators().contains(word));
            assertThat(entry.contrast()).as(word).isEqualTo(rules.contrasts().contains(word));
            assertThat(entry.startsPhrase()).as(word)
                    .isEqualTo(lexicon.phrases().keySet().stream().anyMatch(p -> p.startsWith(word + " ")));
        }
    }

    @Test
    void everyEmoticonOfTheLexiconIsStillFoundBetweenWords() {
        // One character is an emoji or a sign, never an emoticon, and an emoticon stands between spaces.
        var emoticons = Pipeline.Shared.LEXICON.emoticons().stream()
                .filter(e -> e.length() >= 2 && e.chars().noneMatch(Character::isWhitespace)).toList();
        assertThat(emoticons).hasSizeGreaterThan(50);
        for (var emoticon : emoticons) {
            var tokens = PIPELINE.tokenizer.tokenize("so " + emoticon + " then");
            assertThat(tokens).as(emoticon).anyMatch(t -> t.kind() == Kind.EMOTICON && t.text().equals(emoticon));
        }
    }

    @Test
    void languageIsReadFromTheFirst80CharactersOnly() {
        var start = "Thanks for the quick fix, the app works again and my photos are back where they were";
        assertThat(start).hasSizeGreaterThan(80);
        var detection = Pipeline.Shared.LANGUAGES;
        var english = detection.detect(start, null);
        assertThat(english.code()).isEqualTo("en");
        var followedByGerman = start.substring(0, 80) + " Leider funktioniert die Anmeldung seit gestern nicht mehr, bitte helft mir";
        assertThat(detection.detect(followedByGerman, null)).isEqualTo(detection.detect(start.substring(0, 80), null));
    }

    private static int[] indices(FeatureVector x) {
        var indices = new int[x.size()];
        for (var i = 0; i < indices.length; i++) {
            indices[i] = x.index(i);
        }
        return indices;
    }

    /** Features, their names and the reasons as they were computed before: every name spelled out, buckets sorted. */
    private record ReferenceFeatures(List<Integer> indices, List<String> names, FeatureVector vector) {

        static ReferenceFeatures of(List<Token> tokens, int bits) {
            var reference = new ReferenceFeatures(new ArrayList<>(), new ArrayList<>(), new FeatureVector(16));
            var emitter = reference.new Emitter((1 << bits) - 1);
            var previous = "^";
            for (var token : tokens) {
                var norm = token.norm();
                emitter.emit('w', norm);
                if (token.kind() == Kind.HASHTAG) {
                    emitter.emit('w', norm.substring(1));
                }
                emitter.emit('b', previous + " " + norm);
                previous = norm;
                if (token.isWord() && norm.length() <= 24) {
                    var padded = "<" + norm + ">";
                    for (var n = 3; n <= 4; n++) {
                        for (var start = 0; start + n <= padded.length(); start++) {
                            if (n != padded.length()) {
                                emitter.emit('c', padded.substring(start, start + n));
                            }
                        }
                    }
                }
                if (token.shouted()) {
                    emitter.emit('s', "capitals");
                }
            }
            emitter.emit('b', previous + " $");
            return reference;
        }

        /** The reasons' old selection: all buckets sorted, a top list twice as long, names merged by bucket. */
        static String top(BucketWeights model, ReferenceFeatures features, int label, int count) {
            var x = features.vector();
            var indices = features.indices().stream().mapToInt(i -> i).toArray();
            Arrays.sort(indices);
            var keep = count * 2;
            var bestIndex = new int[keep];
            var bestScore = new double[keep];
            var kept = 0;
            for (var i = 0; i < indices.length; ) {
                var index = indices[i];
                var times = 0;
                while (i < indices.length && indices[i] == index) {
                    times++;
                    i++;
                }
                var contribution = model.weight(index, label) * x.value() * times;
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
            var parts = new ArrayList<String>();
            for (var k = 0; k < kept && parts.size() < count; k++) {
                String name = null;
                for (var i = 0; i < features.indices().size(); i++) {
                    var candidate = features.names().get(i);
                    if (features.indices().get(i) == bestIndex[k] && (name == null || candidate.length() < name.length())) {
                        name = candidate;
                    }
                }
                parts.add(name + " " + String.format(java.util.Locale.ROOT, "%+.2f", bestScore[k]));
            }
            return String.join(", ", parts);
        }

        private final class Emitter {
            private final int mask;

            Emitter(int mask) {
                this.mask = mask;
            }

            void emit(char kind, String name) {
                var hash = (0x811c9dc5 ^ kind) * 0x01000193;
                for (var i = 0; i < name.length(); i++) {
                    hash = (hash ^ name.charAt(i)) * 0x01000193;
                }
                hash ^= hash >>> 16;
                hash *= 0x85ebca6b;
                hash ^= hash >>> 13;
                indices.add(hash & mask);
                vector.add(hash & mask, 0);
                names.add(switch (kind) {
                    case 'w' -> "\"" + name + "\"";
                    case 'b' -> "\"" + name.replace("^ ", "(start) ").replace(" $", " (end)") + "\"";
                    case 'c' -> "letters \"" + name + "\"";
                    default -> "words in capitals";
                });
            }
        }
    }
}
