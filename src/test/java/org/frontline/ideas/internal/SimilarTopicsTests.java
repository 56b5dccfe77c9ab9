package org.frontline.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontline.ideas.TopicId;
import org.frontline.ideas.TopicKind;
import org.frontline.ideas.TopicStatus;
import org.frontline.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

class SimilarTopicsTests {

    private static final List<Topic> TOPICS = List.of(
            topic(1, "Dark mode for the mobile app"),
            topic(2, "Refunds take weeks"),
            topic(3, "Export orders as CSV"),
            topic(4, "Öffnungszeiten am Wochenende"));

    @Test
    void findsTheSameIdeaInOtherWords() {
        assertThat(numbers("Add a dark mode")).first().isEqualTo(1);
        assertThat(numbers("darkmode app")).first().isEqualTo(1);
        assertThat(numbers("exporting order to csv")).first().isEqualTo(3);
        assertThat(numbers("refund take so long")).first().isEqualTo(2);
    }

    @Test
    void ignoresCaseAccentsAndCommonWords() {
        assertThat(numbers("OFFNUNGSZEITEN")).containsExactly(4);
        assertThat(numbers("please add the option")).isEmpty();
    }

    @Test
    void suggestsNothingForAnUnrelatedTitle() {
        assertThat(numbers("Shipping to Iceland")).isEmpty();
    }

    private static List<Integer> numbers(String title) {
        return SimilarTopics.find(title, TOPICS, 5).stream().map(s -> s.topic().number()).toList();
    }

    static Topic topic(int number, String title) {
        return new Topic(new TopicId(UUID.randomUUID()), new WorkspaceId(UUID.randomUUID()), number, TopicKind.IDEA, title, "",
                null, "Ann", TopicStatus.OPEN, null, null, null, null, List.of(), Visibility.VISIBLE, 0, "", false, null,
                null, 0, 0, Instant.EPOCH);
    }
}
