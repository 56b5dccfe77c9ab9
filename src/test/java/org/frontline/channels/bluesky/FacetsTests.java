package org.frontline.channels.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facets and post mapping on real Jetstream captures (src/test/resources/corpus/bluesky-jetstream, MIT/Apache-2.0). */
class FacetsTests {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/bluesky-jetstream/expected_v1.jsonl");

    @Test
    void hashtagRangesAreUtf8ByteOffsetsEvenAfterMultiByteCharacters() throws IOException {
        var event = event(1783175888172335L);

        var facets = event.facets();

        assertThat(event.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(event.text().length());
        assertThat(facets).extracting(Facets.Facet::kind).containsOnly(Facets.Kind.TAG);
        assertThat(facets).extracting(Facets.Facet::text).containsExactly("#HowToTellAiToShutUp", "#IndieRebellion");
        assertThat(facets).extracting(Facets.Facet::value).containsExactly("HowToTellAiToShutUp", "IndieRebellion");
    }

    @Test
    void aLinkFacetKeepsTheFullAddressBehindTheShortenedText() throws IOException {
        var facets = event(1783175888090631L).facets();

        assertThat(facets).containsExactly(
                new Facets.Facet(Facets.Kind.LINK, "www.youtube.com/watch?v=V5lD...", "https://www.youtube.com/watch?v=V5lDo-jw8mA"));
    }

    @Test
    void aRangeOutsideTheTextIsDroppedNotTrusted() {
        var facets = Facets.of("short", JetstreamEvent.JSON.readTree("""
                [{"index":{"byteStart":2,"byteEnd":99},"features":[{"$type":"app.bsky.richtext.facet#tag","tag":"x"}]},
                 {"index":{"byteStart":3,"byteEnd":1},"features":[{"$type":"app.bsky.richtext.facet#tag","tag":"y"}]}]"""));

        assertThat(facets).isEmpty();
    }

    @Test
    void aReplyNamesItsParentAndKeepsItsThreadRoot() throws IOException {
        var reply = event(1783175888193345L);

        var post = reply.post(new org.frontline.ingest.PostAuthor("@someone.example", null, null, null));

        assertThat(post.externalId()).isEqualTo("at://did:plc:u4lmvw4wwzaql3z5kcf3r7h4/app.bsky.feed.post/3mptbyoumc22i");
        assertThat(post.inReplyTo()).isEqualTo(reply.parentUri()).isNotEqualTo(reply.rootUri());
        assertThat(post.url()).isEqualTo("https://bsky.app/profile/did:plc:u4lmvw4wwzaql3z5kcf3r7h4/post/3mptbyoumc22i");
        assertThat(post.lang()).as("the record's own langs").isEqualTo("tr");
        assertThat(post.author().handle()).isEqualTo("@someone.example");
    }

    @Test
    void eventsOtherThanPostsOnlyMoveTheCursor() throws IOException {
        var lines = Files.readAllLines(CORPUS);

        var posts = lines.stream().map(JetstreamEvent::parse).filter(e -> e != null).toList();

        assertThat(posts).hasSize(18);
        assertThat(posts.stream().filter(JetstreamEvent::deletion)).hasSize(1);
        assertThat(lines.stream().mapToLong(JetstreamEvent::timeOf)).allMatch(t -> t > 0);
    }

    @Test
    void aTidIsThirteenSortableCharactersAndTheSameForEveryAttempt() {
        var id = java.util.UUID.randomUUID();
        var at = java.time.Instant.parse("2026-07-04T14:38:08.420Z");

        assertThat(Tid.of(at, id)).hasSize(13).matches("[2-7a-j][2-7a-z]{12}").isEqualTo(Tid.of(at, id));
        assertThat(Tid.of(at.plusMillis(1), id)).isGreaterThan(Tid.of(at, id));
    }

    private static JetstreamEvent event(long timeUs) throws IOException {
        List<String> lines = Files.readAllLines(CORPUS);
        return lines.stream().filter(l -> JetstreamEvent.timeOf(l) == timeUs).map(JetstreamEvent::parse).findFirst().orElseThrow();
    }
}
