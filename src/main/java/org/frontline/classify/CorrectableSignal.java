package org.frontline.classify;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A signal an agent may correct, with the values a correction may set. */
public enum CorrectableSignal {
    INTENT(Arrays.stream(Intent.values()).map(Intent::wireName).toList()),
    SENTIMENT(List.of("negative", "neutral", "positive")),
    RUDENESS(List.of("rude", "polite")),
    URGENCY(Arrays.stream(Urgency.values()).map(Urgency::wireName).toList()),
    /** Any ISO 639-1 code (two letters) or "und". */
    LANGUAGE(List.of());

    private final List<String> choices;

    CorrectableSignal(List<String> choices) {
        this.choices = choices;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The values to offer; empty for language, which takes a code. */
    public List<String> choices() {
        return choices;
    }

    public boolean accepts(String value) {
        if (this == LANGUAGE) {
            return value.matches("[a-z]{2}|und");
        }
        return choices.contains(value);
    }

    /** The signal's value as a correction would name it. */
    public String valueOf(Signals signals) {
        return switch (this) {
            case INTENT -> signals.intent().intent().wireName();
            case SENTIMENT -> signals.sentiment().polarity();
            case RUDENESS -> signals.rudeness().rude() ? "rude" : "polite";
            case URGENCY -> signals.urgency().level().wireName();
            case LANGUAGE -> signals.language().code();
        };
    }

    public static Optional<CorrectableSignal> fromWireName(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst();
    }
}
