package org.frontline.classify.internal;

import org.frontline.classify.Signals;
import org.jspecify.annotations.Nullable;

/**
 * The classification steps in order, sharing one tokenization and one feature vector per post. Immutable and
 * thread-safe; the lexicons and the language model are loaded once per process and shared by every pipeline.
 */
public final class Pipeline {

    final Tokenizer tokenizer;
    final LanguageDetection languages;
    final SentimentScorer sentiment;
    final FeatureHasher hasher;
    final IntentClassifier intents;
    final RudenessClassifier rudeness;
    final JointLogits logits;
    private final BucketWeights intentWeights;
    private final BucketWeights rudenessWeights;

    private Pipeline(Models models) {
        this.tokenizer = Shared.TOKENIZER;
        this.languages = Shared.LANGUAGES;
        this.sentiment = Shared.SENTIMENT;
        this.hasher = new FeatureHasher(models.intent().bits());
        this.intents = new IntentClassifier(models.intent());
        this.rudeness = new RudenessClassifier(models.rudeness());
        this.logits = new JointLogits(models);
        this.intentWeights = logits.intentWeights();
        this.rudenessWeights = logits.rudenessWeights();
    }

    public static Pipeline with(Models models) {
        return new Pipeline(models);
    }

    public Signals classify(String text, @Nullable String declaredLanguage, @Nullable Long followers, int recentComplaints) {
        var tokens = tokenizer.tokenize(text);
        var padded = PaddedText.of(tokens);
        var language = languages.detect(text, declaredLanguage);
        var mood = sentiment.score(tokens, language.code());
        var features = hasher.features(tokens);
        var both = logits.of(features);
        var intent = intents.classify(tokens, features, padded, both.intent(), intentWeights, true);
        var rude = rudeness.classify(tokens, features, padded, both.rudeness(), rudenessWeights);
        var reach = ReachRules.of(followers);
        var urgency = UrgencyRules.of(padded, intent, mood, reach, recentComplaints);
        return new Signals(language, mood, intent, rude, urgency, reach);
    }

    static final class Shared {
        static final SentimentLexicon LEXICON = SentimentLexicon.english();
        static final Tokenizer TOKENIZER = new Tokenizer(LEXICON.emoticons());
        static final SentimentScorer SENTIMENT = SentimentScorer.english(LEXICON);
        static final LanguageDetection LANGUAGES = LanguageDetection.shipped();

        private Shared() {}
    }
}
