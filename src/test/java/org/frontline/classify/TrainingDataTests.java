package org.frontline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.frontline.classify.internal.TrainingData;
import org.junit.jupiter.api.Test;

class TrainingDataTests {

    @Test
    void holdsOutAboutAFifthStably() {
        var heldOut = IntStream.range(0, 10_000).filter(i -> TrainingData.heldOut("post number " + i)).count();

        assertThat(heldOut).isBetween(1_800L, 2_200L);
        assertThat(TrainingData.heldOut("same text")).isEqualTo(TrainingData.heldOut("same text"));
    }

    @Test
    void shippedSetsLoadWithTheirLabels() {
        assertThat(TrainingData.ownPosts()).hasSizeGreaterThan(250)
                .extracting(TrainingData.OwnPost::intent).containsOnly(
                        "complaint", "question", "praise", "idea", "need", "spam", "other");
        assertThat(TrainingData.davidson()).hasSize(24_783);
        assertThat(TrainingData.banking77("test", Integer.MAX_VALUE))
                .extracting(TrainingData.Labelled::label).containsOnly("complaint", "question");
        assertThat(TrainingData.languagePosts().stream().map(TrainingData.Labelled::label).distinct().count()).isGreaterThanOrEqualTo(30);
    }
}
