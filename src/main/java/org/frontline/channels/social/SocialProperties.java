package org.frontline.channels.social;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the social adapters, under {@code frontline.channels.social}.
 *
 * @param listening run streams and polls in the background (tests drive them explicitly instead)
 * @param jetstream the Bluesky Jetstream endpoint (an operator setting, not a user's)
 * @param rewind how far back a Jetstream reconnect starts before the stored cursor; duplicates are dropped
 * @param blueskyAppView the Bluesky AppView that resolves DIDs to handles (app.bsky.actor.getProfiles, no login)
 */
@ConfigurationProperties("frontline.channels.social")
public record SocialProperties(
        @DefaultValue("true") boolean listening,
        @DefaultValue("60s") Duration pollEvery,
        @DefaultValue("wss://jetstream2.us-east.bsky.network/subscribe") URI jetstream,
        @DefaultValue("https://hn.algolia.com") URI hackerNewsSearch,
        @DefaultValue("https://hacker-news.firebaseio.com") URI hackerNewsItems,
        @DefaultValue("5s") Duration rewind,
        @DefaultValue("2s") Duration firstBackoff,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("https://public.api.bsky.app") URI blueskyAppView) {}
