package org.frontline.channels.feed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.UUID;
import org.frontline.channels.internal.ChannelsProperties;
import org.frontline.channels.internal.FetchFailed;
import org.frontline.channels.internal.SafeHttpFetcher;
import org.frontline.channels.internal.SourceHealth;
import org.frontline.channels.internal.SourceKind;
import org.frontline.ingest.IngestedPost;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostIngestion;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls feeds when they are due: conditional GET, parse, entries to posts, and the feed's next poll after
 * its interval, or after an exponential back-off when it failed. A blocked or unreadable feed keeps its
 * reason so the Channels page can show why.
 */
@Component
public class FeedPoller {

    /** What one poll did, for the page and for tests. */
    public record PollOutcome(boolean ok, boolean notModified, int entries, int created, String message) {}

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    private static final int FEEDS_PER_ROUND = 20;

    private final FeedRepository feeds;
    private final SafeHttpFetcher fetcher;
    private final PostIngestion ingestion;
    private final SourceHealth health;
    private final ChannelsProperties.Feed settings;
    private final Clock clock;

    FeedPoller(FeedRepository feeds, SafeHttpFetcher fetcher, PostIngestion ingestion, SourceHealth health,
            ChannelsProperties properties, Clock clock) {
        this.feeds = feeds;
        this.fetcher = fetcher;
        this.ingestion = ingestion;
        this.health = health;
        this.settings = properties.feed();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${frontline.channels.feed.poll-every:30s}", initialDelayString = "${frontline.channels.feed.poll-every:30s}")
    void pollDue() {
        if (!settings.scheduledPolling()) {
            return;
        }
        for (var feed : feeds.due(clock.instant(), FEEDS_PER_ROUND)) {
            // Claim first so that two nodes never poll the same feed at once.
            if (feeds.claim(feed, clock.instant().plus(settings.defaultInterval()))) {
                poll(feed);
            }
        }
    }

    /** Polls one feed now, whether due or not. */
    public PollOutcome pollNow(WorkspaceId workspace, UUID feedId) {
        return feeds.find(workspace, feedId).map(this::poll).orElseThrow(() -> new IllegalArgumentException("No such feed"));
    }

    PollOutcome poll(FeedSource feed) {
        try {
            var response = fetcher.get(java.net.URI.create(feed.url()), new SafeHttpFetcher.Conditions(feed.etag(), feed.lastModified()));
            if (response.notModified()) {
                return succeeded(feed, null, feed.etag(), feed.lastModified(), 0, 0, 0, true);
            }
            var parsed = FeedParser.parse(response.body(), response.contentType());
            return ingest(feed, parsed, response);
        } catch (FetchFailed e) {
            return failed(feed, e.reason(), e.kind() == FetchFailed.Kind.BLOCKED);
        } catch (FeedUnreadable e) {
            return failed(feed, e.getMessage(), false);
        } catch (RuntimeException e) {
            log.warn("Polling feed {} failed unexpectedly", feed.id(), e);
            return failed(feed, "Unexpected failure while reading the feed", false);
        }
    }

    private PollOutcome ingest(FeedSource feed, ParsedFeed parsed, SafeHttpFetcher.Response response) {
        var now = clock.instant();
        var posts = new ArrayList<NewPost>();
        var flagged = 0;
        for (var entry : parsed.entries()) {
            var mapped = EntryPosts.map(feed.url(), parsed, entry, now, settings.futureSkew());
            posts.add(mapped.post());
            flagged += mapped.flag() == EntryPosts.DateFlag.NONE ? 0 : 1;
        }
        var created = posts.isEmpty() ? 0 : (int) ingestion.ingest(feed.workspace(), posts).stream().filter(IngestedPost::created).count();
        if (parsed.problem() != null) {
            health.failure(feed.workspace(), SourceKind.FEED, feed.id(), parsed.problem());
        }
        return succeeded(feed, parsed, response.etag(), response.lastModified(), posts.size(), created, created == 0 ? 0 : flagged, false);
    }

    private PollOutcome succeeded(FeedSource feed, @Nullable ParsedFeed parsed, @Nullable String etag, @Nullable String lastModified,
            int entries, int created, long flagged, boolean notModified) {
        var title = parsed == null ? null : parsed.title();
        var site = parsed == null ? null : parsed.link();
        feeds.polled(feed.workspace(), feed.id(), title, site, etag, lastModified, flagged, clock.instant().plus(feed.interval()));
        health.success(feed.workspace(), SourceKind.FEED, feed.id(), created);
        var message = notModified ? "Not modified since the last poll" : entries + " entries, " + created + " new";
        return new PollOutcome(true, notModified, entries, created, message);
    }

    private PollOutcome failed(FeedSource feed, String reason, boolean blocked) {
        var next = clock.instant().plus(feed.backoff(settings.maxBackoff()));
        feeds.failed(feed.workspace(), feed.id(), blocked ? reason : null, next);
        health.failure(feed.workspace(), SourceKind.FEED, feed.id(), reason);
        log.info("Feed {} failed: {}; next try at {}", feed.id(), reason, next);
        return new PollOutcome(false, false, 0, 0, reason);
    }
}
