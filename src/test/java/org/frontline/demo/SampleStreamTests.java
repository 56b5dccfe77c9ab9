package org.frontline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.frontline.ingest.Channel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The bundled sample stream is rich enough to show the product: many posts, channels and languages. */
class SampleStreamTests {

    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    private static final List<SampleStream.SamplePost> SAMPLES = SampleStream.read(JsonMapper.builder().build(), START);

    @Test
    void holdsAtLeastThreeHundredPostsSpreadOverTheFirstMinutes() {
        assertThat(SAMPLES).hasSizeGreaterThanOrEqualTo(300);
        assertThat(SAMPLES.getFirst().offsetSeconds()).isLessThan(15);
        assertThat(SAMPLES.getLast().offsetSeconds()).isGreaterThan(120);
        assertThat(SAMPLES.getLast().post().createdAt()).isAfter(START);
    }

    @Test
    void coversTheSevenListeningChannelsAndSeveralLanguages() {
        var channels = SAMPLES.stream().map(s -> s.post().channel()).collect(Collectors.toSet());
        var languages = SAMPLES.stream().map(s -> s.post().lang()).collect(Collectors.toSet());

        assertThat(channels)
                .contains(Channel.MASTODON, Channel.BLUESKY, Channel.REDDIT, Channel.X, Channel.HACKERNEWS, Channel.FEED, Channel.EMAIL);
        assertThat(languages).hasSizeGreaterThanOrEqualTo(8).contains("en", "fr", "de", "es", "ja");
    }

    @Test
    void identifiesEveryPostUniquelyPerChannel() {
        var keys = new HashSet<String>();

        SAMPLES.forEach(s -> assertThat(keys.add(s.post().channel() + "/" + s.post().externalId())).isTrue());
    }

    @Test
    void includesPostsThatMatchNoDemoQueryAndHostileMarkup() {
        assertThat(SAMPLES).anyMatch(s -> !s.post().text().toLowerCase(java.util.Locale.ROOT).contains("acme"));
        assertThat(SAMPLES).anyMatch(s -> s.post().text().contains("<script>"));
    }
}
