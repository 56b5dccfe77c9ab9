package org.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A batch is written with one lookup and one batched insert; it must mean what storing its posts one by one means. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class PostIngestionIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired PostIngestion ingestion;
    @Autowired Posts posts;
    @Autowired ApplicationEvents events;

    private static NewPost post(Channel channel, String externalId, String text) {
        return new NewPost(channel, externalId, "https://example.test/" + externalId, new PostAuthor("ana", "Ana", null, 12L), text, "en",
                Instant.parse("2026-12-01T10:00:00Z"), null, "{}");
    }

    @Test
    void storesEachNewPostOnceAndReportsRepeatsInTheOrderGiven() {
        var ws = new TestWorkspaces(context).create().id();

        var first = ingestion.ingest(ws, List.of(post(Channel.IMPORT, "a", "hello"), post(Channel.IMPORT, "b", "there"),
                post(Channel.IMPORT, "a", "hello")));
        var second = ingestion.ingest(ws, List.of(post(Channel.IMPORT, "b", "there"), post(Channel.IMPORT, "c", "again")));

        assertThat(first).extracting(IngestedPost::externalId, IngestedPost::created)
                .containsExactly(tuple("a", true), tuple("b", true), tuple("a", false));
        assertThat(first.get(2).id()).isEqualTo(first.getFirst().id());
        assertThat(second).extracting(IngestedPost::created).containsExactly(false, true);
        assertThat(second.getFirst().id()).isEqualTo(first.get(1).id());
        assertThat(posts.count(ws)).isEqualTo(3);
        assertThat(events.stream(PostIngested.class).filter(e -> e.workspace().equals(ws))).hasSize(3);
        var stored = posts.find(ws, first.getFirst().id()).orElseThrow();
        assertThat(stored.author()).isEqualTo(new PostAuthor("ana", "Ana", null, 12L));
        assertThat(stored.url()).isEqualTo("https://example.test/a");
    }

    @Test
    void aPostThatComesBackWithNewTextInTheSameBatchIsAnEdit() {
        var ws = new TestWorkspaces(context).create().id();

        var stored = ingestion.ingest(ws, List.of(post(Channel.IMPORT, "e", "first words"), post(Channel.IMPORT, "e", "second words")));

        assertThat(stored).extracting(IngestedPost::created).containsExactly(true, false);
        assertThat(posts.find(ws, stored.getFirst().id()).orElseThrow().text()).isEqualTo("second words");
        assertThat(events.stream(PostEdited.class)).containsExactly(new PostEdited(ws, stored.getFirst().id()));
        assertThat(events.stream(PostIngested.class).filter(e -> e.workspace().equals(ws))).hasSize(1);
    }

    @Test
    void theSameExternalIdOnTwoChannelsIsTwoPosts() {
        var ws = new TestWorkspaces(context).create().id();

        var stored = ingestion.ingest(ws, List.of(post(Channel.IMPORT, "42", "one"), post(Channel.WEBHOOK, "42", "two")));

        assertThat(stored).extracting(IngestedPost::created).containsExactly(true, true);
        assertThat(posts.count(ws)).isEqualTo(2);
    }
}
