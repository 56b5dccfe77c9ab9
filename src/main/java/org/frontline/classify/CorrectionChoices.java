package org.frontline.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The options of the correction form on the case page, as "signal:value" pairs grouped by signal. Exposed as
 * the bean {@code correctionChoices} for templates.
 */
@Component("correctionChoices")
public class CorrectionChoices {

    /** Languages offered in the form; any ISO 639-1 code is accepted by {@link MentionSignals#correct}. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv", "da", "no", "fi",
            "cs", "tr", "ru", "uk", "el", "ja", "ko", "zh", "ar", "he", "hi", "id", "und");

    public record Option(String value, String label) {}

    public record Group(String label, List<Option> options) {}

    public List<Group> groups() {
        var groups = new ArrayList<Group>();
        for (var signal : CorrectableSignal.values()) {
            var values = signal == CorrectableSignal.LANGUAGE ? LANGUAGES : signal.choices();
            var label = signal.wireName().substring(0, 1).toUpperCase(Locale.ROOT) + signal.wireName().substring(1);
            groups.add(new Group(label, values.stream()
                    .map(v -> new Option(signal.wireName() + ":" + v, signal.wireName() + ": " + v))
                    .toList()));
        }
        return groups;
    }
}
