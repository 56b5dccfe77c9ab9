package org.frontline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontline.classify.internal.Corrections;
import org.frontline.ingest.PostId;
import org.junit.jupiter.api.Test;

class CorrectionsTests {

    private static final PostId POST = new PostId(UUID.randomUUID());
    private static final Signals COMPUTED = Classifier.shipped().classify("Where can I buy a spare charger?", null, null, 0);

    private static SignalCorrection correction(CorrectableSignal signal, String value, int second) {
        return new SignalCorrection(POST, signal, signal.valueOf(COMPUTED), value, "ana@acme.test", Instant.ofEpochSecond(second));
    }

    @Test
    void latestCorrectionOfASignalWinsAndSaysWhoMadeIt() {
        var corrected = Corrections.apply(COMPUTED, List.of(
                correction(CorrectableSignal.INTENT, "complaint", 1), correction(CorrectableSignal.INTENT, "need", 2)));

        assertThat(corrected.intent().intent()).isEqualTo(Intent.NEED);
        assertThat(corrected.intent().reason()).startsWith("corrected by ana@acme.test");
        assertThat(corrected.sentiment()).isEqualTo(COMPUTED.sentiment());
    }

    @Test
    void correctsEachKindOfSignal() {
        var corrected = Corrections.apply(COMPUTED, List.of(
                correction(CorrectableSignal.RUDENESS, "rude", 1),
                correction(CorrectableSignal.SENTIMENT, "negative", 2),
                correction(CorrectableSignal.URGENCY, "urgent", 3),
                correction(CorrectableSignal.LANGUAGE, "nl", 4)));

        assertThat(corrected.rudeness().rude()).isTrue();
        assertThat(corrected.sentiment().polarity()).isEqualTo("negative");
        assertThat(corrected.urgency().level()).isEqualTo(Urgency.URGENT);
        assertThat(corrected.language().code()).isEqualTo("nl");
    }

    @Test
    void acceptsOnlyValuesTheSignalCanTake() {
        assertThat(CorrectableSignal.INTENT.accepts("praise")).isTrue();
        assertThat(CorrectableSignal.INTENT.accepts("angry")).isFalse();
        assertThat(CorrectableSignal.LANGUAGE.accepts("de")).isTrue();
        assertThat(CorrectableSignal.LANGUAGE.accepts("<script>")).isFalse();
    }
}
