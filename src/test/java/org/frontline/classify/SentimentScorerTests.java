package org.frontline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontline.classify.Signals.SentimentSignal;
import org.frontline.classify.internal.SentimentLexicon;
import org.frontline.classify.internal.SentimentScorer;
import org.frontline.classify.internal.Tokenizer;
import org.junit.jupiter.api.Test;

class SentimentScorerTests {

    private static final SentimentLexicon LEXICON = SentimentLexicon.english();
    private static final SentimentScorer SCORER = SentimentScorer.english(LEXICON);
    private static final Tokenizer TOKENIZER = new Tokenizer(LEXICON.emoticons());

    private static SentimentSignal score(String text) {
        return SCORER.score(TOKENIZER.tokenize(text), "en");
    }

    @Test
    void praiseIsPositiveAndComplaintNegative() {
        assertThat(score("The support team was wonderful, thank you!").score()).isGreaterThan(0.5);
        assertThat(score("Worst service ever, totally useless.").score()).isLessThan(-0.5);
    }

    @Test
    void negationFlipsTheWordItPrecedes() {
        assertThat(score("The app is wonderful").score()).isPositive();
        var negated = score("The app is not wonderful");
        assertThat(negated.score()).isNegative();
        assertThat(negated.reason()).contains("\"wonderful\"", "negated");
    }

    @Test
    void boostersAndCapitalsStrengthenButNeverFlip() {
        var plain = score("the update is bad").score();
        assertThat(score("the update is very bad").score()).isLessThan(plain);
        assertThat(score("the update is BAD").score()).isLessThan(plain);
        assertThat(score("the update is BAD").reason()).contains("capitals");
    }

    @Test
    void clauseAfterButWeighsMore() {
        var signal = score("The camera is great but the app is terrible");
        assertThat(signal.score()).isNegative();
        assertThat(signal.reason()).contains("\"but\"");
    }

    @Test
    void exclamationMarksAddEmphasisInTheDirectionOfTheSentiment() {
        assertThat(score("this is great!!!").score()).isGreaterThan(score("this is great").score());
        assertThat(score("this is awful!!!").score()).isLessThan(score("this is awful").score());
        assertThat(score("where is my parcel!!!").score()).isZero();
    }

    @Test
    void emojiAndEmoticonsCount() {
        assertThat(score("new hub arrived \u2764").score()).isPositive();
        assertThat(score("my parcel is late :(").score()).isNegative();
        assertThat(score("my parcel is late :(").reason()).contains(":(");
    }

    @Test
    void customerServicePhrasesWithoutFeelingWordsStillCountAsNegative() {
        assertThat(score("My router stopped working again").score()).isNegative();
        assertThat(score("Please add a dark mode").polarity()).isEqualTo("neutral");
    }

    @Test
    void languagesWithoutALexiconScoreOnlyEmojiAndSayWhy() {
        var signal = SCORER.score(TOKENIZER.tokenize("Die Kamera ist gut \uD83D\uDE0D"), "de");
        assertThat(signal.score()).isPositive();
        assertThat(signal.reason()).contains("no word lexicon for \"de\"");
        assertThat(SCORER.score(TOKENIZER.tokenize("gut schlecht"), "de").score()).isZero();
    }

    @Test
    void scoreStaysWithinRangeWhateverTheInput() {
        var angry = "terrible awful horrible HATE ".repeat(500) + "!!!!!!!!";
        assertThat(score(angry).score()).isBetween(-1.0, 1.0);
        assertThat(score("").score()).isZero();
        assertThat(score("").reason()).isEqualTo("no sentiment words, emoji or emoticons");
    }
}
