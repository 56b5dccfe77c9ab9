package org.frontline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped classifier end to end, on posts written for these tests (not in the training data). */
class ClassifierTests {

    private static final Classifier CLASSIFIER = Classifier.shipped();

    private static Signals classify(String text) {
        return CLASSIFIER.classify(text, null, null, 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Can anyone recommend a robot mower for a steep garden?          | NEED
            Looking for a fitness tracker that works without an app. #need  | NEED
            WIN a free tablet!!! Click http://prize.example.win to claim    | SPAM
            How do I change the language of the voice assistant?            | QUESTION
            Please add a way to export my order history, would be handy     | IDEA
            Thank you so much to the support team, brilliant help today!    | PRAISE
            My washing machine stopped working after two weeks and nobody answers my emails | COMPLAINT
            """)
    void recognisesIntents(String text, Intent expected) {
        var intent = classify(text).intent();

        assertThat(intent.intent()).isEqualTo(expected);
        assertThat(intent.reason()).contains("model:");
    }

    @Test
    void intentReasonNamesTheRuleThatFired() {
        assertThat(classify("Can anyone recommend a robot mower?").intent().reason())
                .contains("rule: asks for a recommendation", "can anyone recommend");
    }

    @Test
    void rudenessIsFlaggedWithTheWordsThatDecidedIt() {
        var rude = classify("you clowns bricked my hub again, wtf is wrong with you").rudeness();
        var polite = classify("my hub stopped working after the update, could you help?").rudeness();

        assertThat(rude.rude()).isTrue();
        assertThat(rude.reason()).contains("swearing or insult");
        assertThat(polite.rude()).isFalse();
        assertThat(polite.score()).isLessThan(rude.score());
    }

    @Test
    void rudenessNeverLowersUrgency() {
        var polite = classify("The hub is offline again and I want to cancel my subscription.").urgency();
        var rude = classify("The damn hub is offline again, you idiots, I want to cancel my subscription.").urgency();

        assertThat(rude.score()).isGreaterThanOrEqualTo(polite.score());
        assertThat(rude.level().compareTo(polite.level())).isGreaterThanOrEqualTo(0);
    }

    @Test
    void outageAndLegalThreatMakeAPostUrgentAndSayWhy() {
        var urgency = classify("Your service is down for the third time and my lawyer will hear about it").urgency();

        assertThat(urgency.level()).isEqualTo(Urgency.URGENT);
        assertThat(urgency.reason()).contains("outage", "legal (\"lawyer\")");
    }

    @Test
    void safetyWordsAloneAreUrgent() {
        assertThat(classify("The charger started smoking and melted the socket").urgency().level()).isEqualTo(Urgency.URGENT);
    }

    @Test
    void repeatedComplaintsOfTheSameAuthorRaiseUrgency() {
        var text = "Still no refund for the broken kettle I returned.";
        var first = CLASSIFIER.classify(text, "en", 40L, 0).urgency();
        var third = CLASSIFIER.classify(text, "en", 40L, 2).urgency();

        assertThat(third.score()).isGreaterThan(first.score());
        assertThat(third.reason()).contains("2 earlier complaints by this author");
    }

    @Test
    void largeReachRaisesTheUrgencyOfAComplaint() {
        var text = "My order never arrived and support stopped replying.";
        var small = CLASSIFIER.classify(text, "en", 120L, 0);
        var huge = CLASSIFIER.classify(text, "en", 250_000L, 0);

        assertThat(huge.reach().level()).isEqualTo(Reach.HUGE);
        assertThat(huge.reach().reason()).isEqualTo("250,000 followers");
        assertThat(huge.urgency().score()).isGreaterThan(small.urgency().score());
    }

    @Test
    void spamIsNeverUrgent() {
        var signals = classify("Earn $500 per day from home!!! crypto giveaway, claim your prize at http://x.example.top");

        assertThat(signals.intent().intent()).isEqualTo(Intent.SPAM);
        assertThat(signals.urgency().level()).isEqualTo(Urgency.LOW);
    }

    @Test
    void unknownFollowersGiveUnknownReach() {
        assertThat(classify("hello").reach().level()).isEqualTo(Reach.UNKNOWN);
    }

    @Test
    void detectsTheLanguageOfShortPosts() {
        assertThat(classify("Die Kamera ist schon wieder offline").language().code()).isEqualTo("de");
        assertThat(classify("Ma caméra est encore hors ligne").language().code()).isEqualTo("fr");
        assertThat(classify("カメラがまたオフラインです").language().code()).isEqualTo("ja");
    }

    @Test
    void declaredLanguageWinsWhenDetectionIsUnsure() {
        var language = CLASSIFIER.classify("ok", "pt-BR", null, 0).language();

        assertThat(language.code()).isEqualTo("pt");
        assertThat(language.reason()).startsWith("declared by the channel");
    }

    @Test
    void everySignalCarriesAReason() {
        var s = classify("Acme app crashed 6 times during setup. @acme_support");

        assertThat(java.util.List.of(s.language().reason(), s.sentiment().reason(), s.intent().reason(), s.rudeness().reason(),
                s.urgency().reason(), s.reach().reason())).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void survivesHostileInput() {
        var s = classify("<script>alert(1)</script>" + "\uD83D".repeat(3) + "!?".repeat(5000) + "\u0000");

        assertThat(s.sentiment().score()).isBetween(-1.0, 1.0);
        assertThat(s.intent().confidence()).isBetween(0.0, 1.0);
    }
}
