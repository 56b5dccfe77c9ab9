package org.frontline.channels.social;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontline.matching.TrackingQueries;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** What Mastodon's hashtag streams and the keyword searches are asked for comes from the parsed live queries. */
@SpringBootTest
@ActiveProfiles("test")
class TrackedTermsIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired TrackedTerms tracked;
    @Autowired TrackingQueries queries;

    @Test
    void derivesHashtagsAndSearchWordsThatCoverEveryLiveQuery() {
        var ws = new TestWorkspaces(context).createWithQuery("Tags", "(#Acme OR #acmefail) refund NOT #spam");
        queries.create(ws.id(), "Words", "acme AND (broken OR \"customer service\") NOT author:acme_support");
        queries.create(ws.id(), "Mixed", "#acme OR réfund");
        queries.create(ws.id(), "French", "lang:fr NOT spam");
        var paused = queries.create(ws.id(), "Paused", "#paused");
        queries.setPaused(ws.id(), paused.id(), true);

        assertThat(tracked.hashtags(ws.id())).containsExactlyInAnyOrder("acme", "acmefail");
        assertThat(tracked.terms(ws.id())).containsExactlyInAnyOrder("refund", "acme");
    }
}
