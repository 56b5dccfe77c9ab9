package org.frontline.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTests {

    @Test
    void dropsEnglishStopWordsLinksHandlesAndNumbers() {
        var found = Terms.of("@acme_support the refund for my broken router is still not here after 14 days https://t.co/x", "en");

        assertThat(found.terms()).containsExactly("refund", "broken", "router", "days");
        assertThat(found.hashtags()).isEmpty();
    }

    @Test
    void usesTheMentionsLanguageForStopWords() {
        var german = Terms.of("Die Lieferung ist nicht angekommen und der Support antwortet nicht", "de");

        assertThat(german.terms()).containsExactly("lieferung", "angekommen", "support", "antwortet");
    }

    @Test
    void countsHashtagsApartAndEachTermOncePerMention() {
        var found = Terms.of("Refund! refund REFUND #AcmeFail #acmefail #Refund", "en");

        assertThat(found.terms()).containsExactly("refund");
        assertThat(found.hashtags()).containsExactly("acmefail", "refund");
    }

    @Test
    void unknownLanguagesFallBackToEnglishStopWords() {
        assertThat(Terms.of("the app crashed", Dimensions.language(null)).terms()).containsExactly("app", "crashed");
        assertThat(Dimensions.language("en-GB")).isEqualTo("en");
        assertThat(Dimensions.language("12")).isEqualTo("und");
    }
}
