package org.frontline.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectsTests {

    @Test
    void putsThePostOnOneLine() {
        assertThat(Subjects.of("  Acme hub\n\nis   down  ")).isEqualTo("Acme hub is down");
    }

    @Test
    void cutsLongPostsWithAnEllipsis() {
        var subject = Subjects.of("a".repeat(500));

        assertThat(subject).hasSize(Subjects.MAX_LENGTH).endsWith("\u2026");
    }

    @Test
    void neverSplitsAnEmojiInHalf() {
        var text = "a".repeat(Subjects.MAX_LENGTH - 2) + "\uD83D\uDE21" + "tail";

        var subject = Subjects.of(text);

        assertThat(Character.isHighSurrogate(subject.charAt(subject.length() - 2))).isFalse();
    }
}
