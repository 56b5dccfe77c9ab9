package org.frontline.classify;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What classification attaches to a mention. Every signal carries its reason: the words, rules or model
 * features that decided it, written for an agent to read. Never null; scores are finite and in range.
 */
public record Signals(
        LanguageSignal language,
        SentimentSignal sentiment,
        IntentSignal intent,
        RudenessSignal rudeness,
        UrgencySignal urgency,
        ReachSignal reach) {

    public Signals {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sentiment, "sentiment");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(rudeness, "rudeness");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(reach, "reach");
    }

    /** ISO 639-1 code ({@code und} when undetermined), with the detector's confidence in [0, 1]. */
    public record LanguageSignal(String code, double confidence, String reason) {
        public static final String UNDETERMINED = "und";

        public LanguageSignal {
            requireUnit(confidence, "confidence");
        }
    }

    /** From -1 (very negative) to 1 (very positive). */
    public record SentimentSignal(double score, String reason) {
        public SentimentSignal {
            if (!(score >= -1 && score <= 1)) {
                throw new IllegalArgumentException("sentiment out of [-1, 1]: " + score);
            }
        }

        public String polarity() {
            return score <= -0.05 ? "negative" : score >= 0.05 ? "positive" : "neutral";
        }
    }

    /** The most likely intent and its probability in [0, 1]. */
    public record IntentSignal(Intent intent, double confidence, String reason) {
        public IntentSignal {
            requireUnit(confidence, "confidence");
        }
    }

    /** Probability in [0, 1] that the post is rude; {@code rude} when it crosses the badge threshold. */
    public record RudenessSignal(double score, boolean rude, String reason) {
        public RudenessSignal {
            requireUnit(score, "score");
        }
    }

    /** Urgency level and its score in [0, 1]. */
    public record UrgencySignal(Urgency level, double score, String reason) {
        public UrgencySignal {
            requireUnit(score, "score");
        }
    }

    /** Reach level from followers (null when the channel does not tell). */
    public record ReachSignal(Reach level, @Nullable Long followers, String reason) {}

    private static void requireUnit(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " out of [0, 1]: " + value);
        }
    }
}
