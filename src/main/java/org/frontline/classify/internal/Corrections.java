package org.frontline.classify.internal;

import java.util.List;
import org.frontline.classify.Intent;
import org.frontline.classify.SignalCorrection;
import org.frontline.classify.Signals;
import org.frontline.classify.Signals.IntentSignal;
import org.frontline.classify.Signals.LanguageSignal;
import org.frontline.classify.Signals.RudenessSignal;
import org.frontline.classify.Signals.SentimentSignal;
import org.frontline.classify.Signals.UrgencySignal;
import org.frontline.classify.Urgency;

/** Applies agents' corrections over computed signals: the latest correction of each signal wins, and says so. */
public final class Corrections {

    /** Scores that stand for a corrected polarity or urgency level. */
    private static final double POLARITY = 0.5;

    private Corrections() {}

    /** {@code corrections} of this post, oldest first. */
    public static Signals apply(Signals computed, List<SignalCorrection> corrections) {
        var s = computed;
        for (var c : corrections) {
            s = apply(s, c);
        }
        return s;
    }

    private static Signals apply(Signals s, SignalCorrection c) {
        var value = c.correctedValue();
        var reason = "corrected by " + c.correctedBy() + " (the classifier said " + c.previousValue() + ")";
        return switch (c.signal()) {
            case INTENT -> new Signals(s.language(), s.sentiment(),
                    new IntentSignal(Intent.fromWireName(value).orElseThrow(), 1, reason), s.rudeness(), s.urgency(), s.reach());
            case SENTIMENT -> new Signals(s.language(), new SentimentSignal(polarity(value), reason), s.intent(), s.rudeness(),
                    s.urgency(), s.reach());
            case RUDENESS -> new Signals(s.language(), s.sentiment(), s.intent(),
                    new RudenessSignal("rude".equals(value) ? 1 : 0, "rude".equals(value), reason), s.urgency(), s.reach());
            case URGENCY -> {
                var level = Urgency.fromWireName(value).orElseThrow();
                yield new Signals(s.language(), s.sentiment(), s.intent(), s.rudeness(),
                        new UrgencySignal(level, level.ordinal() / 3.0, reason), s.reach());
            }
            case LANGUAGE -> new Signals(new LanguageSignal(value, 1, reason), s.sentiment(), s.intent(), s.rudeness(), s.urgency(),
                    s.reach());
        };
    }

    private static double polarity(String value) {
        return switch (value) {
            case "negative" -> -POLARITY;
            case "positive" -> POLARITY;
            default -> 0;
        };
    }
}
