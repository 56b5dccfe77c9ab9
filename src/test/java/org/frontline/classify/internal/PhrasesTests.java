package org.frontline.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Phrases are found exactly where a plain {@code contains} of the padded phrase finds them. */
class PhrasesTests {

    private static final List<String> VOCABULARY = List.of("cancel", "my", "plan", "cancelled", "switching", "to",
            "refund", "money", "back", "not", "working", "is", "down", "<num>", "<url>", "@user", "#need", "i'd",
            "pay", "would", "be", "nice", "looking", "for", "a", "an", "x", "é", "日本", "!", "?");

    private static final Phrases LIST = new Phrases("test", List.of("cancel", "cancel my", "cancel my plan",
            "switching to", "money back", "not working", "is down", "make <num>", "i'd pay", "would be nice",
            "looking for a", "looking for an", "#need", "a", "down", "日本", "x x"));

    @Test
    void findsTheFirstPhraseOfTheListNotTheFirstInThePost() {
        assertThat(LIST.firstIn(PaddedText.of(" my plan is down so i cancel my plan "))).contains("cancel");
        assertThat(LIST.firstIn(PaddedText.of(" it is down "))).contains("is down");
        assertThat(LIST.firstIn(PaddedText.of(" cancelled "))).isEmpty();
        assertThat(LIST.allIn(PaddedText.of(" looking for an x x x "))).containsExactly("looking for an", "x x");
    }

    @Test
    void answersAsContainsOnRandomPosts() {
        var random = new Random(7);
        for (var n = 0; n < 20_000; n++) {
            var words = new ArrayList<String>();
            for (var w = random.nextInt(12); w > 0; w--) {
                words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
            }
            var padded = " " + String.join(" ", words) + (words.isEmpty() ? "" : " ");
            assertThat(LIST.firstIn(PaddedText.of(padded))).as(padded).isEqualTo(naiveFirst(padded));
            assertThat(LIST.allIn(PaddedText.of(padded))).as(padded).isEqualTo(naiveAll(padded));
        }
    }

    private static Optional<String> naiveFirst(String padded) {
        return LIST.phrases().stream().filter(p -> padded.contains(" " + p + " ")).findFirst();
    }

    private static List<String> naiveAll(String padded) {
        return LIST.phrases().stream().filter(p -> padded.contains(" " + p + " ")).toList();
    }
}
