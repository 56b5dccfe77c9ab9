package org.frontline.channels.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.frontline.channels.internal.ChannelsProperties;
import org.frontline.channels.internal.FetchFailed;
import org.frontline.channels.internal.SafeHttpFetcher;
import org.frontline.channels.internal.SourceHealth;
import org.frontline.channels.internal.SourceKind;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * Adds and removes a workspace's feeds. A feed is added by its own URL or by a site URL whose page
 * announces it ({@code <link rel="alternate">}); either way it must answer with a readable feed before it
 * is kept. Subscriptions move in and out as OPML.
 */
@Component
public class FeedSubscriptions {

    /** What an OPML import did: feeds added, and each one skipped with its reason. */
    public record OpmlImport(int added, List<String> skipped) {}

    private static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

    private final FeedRepository feeds;
    private final SafeHttpFetcher fetcher;
    private final FeedPoller poller;
    private final SourceHealth health;
    private final ChannelsProperties.Feed settings;
    private final Clock clock;

    FeedSubscriptions(FeedRepository feeds, SafeHttpFetcher fetcher, FeedPoller poller, SourceHealth health,
            ChannelsProperties properties, Clock clock) {
        this.feeds = feeds;
        this.fetcher = fetcher;
        this.poller = poller;
        this.health = health;
        this.settings = properties.feed();
        this.clock = clock;
    }

    /**
     * Subscribes to the feed at {@code address}, or to the one a site page there announces, and reads its
     * entries at once.
     *
     * @throws SourceRefused when it is blocked, unreachable, not a feed, or already subscribed
     */
    public FeedPoller.PollOutcome add(WorkspaceId workspace, String address, Duration interval) {
        var uri = parse(address);
        var feedUri = resolveFeed(uri);
        var url = feedUri.toString();
        if (feeds.findByUrl(workspace, url).isPresent()) {
            throw new SourceRefused("This workspace already follows " + url);
        }
        var feed = newFeed(workspace, url, null, interval);
        feeds.insert(feed, clock.instant());
        return poller.poll(feed);
    }

    public List<FeedStatus> list(WorkspaceId workspace) {
        return feeds.list(workspace).stream()
                .map(f -> new FeedStatus(f.id(), f.url(), f.label(), f.siteUrl(), f.interval(), f.nextPollAt(), f.failures(),
                        f.blockedReason(), f.flaggedEntries(), health.of(workspace, SourceKind.FEED, f.id())))
                .toList();
    }

    public boolean remove(WorkspaceId workspace, UUID id) {
        return feeds.delete(workspace, id);
    }

    public String exportOpml(WorkspaceId workspace, String title) {
        var outlines = feeds.list(workspace).stream().map(f -> new Opml.Outline(f.url(), f.title())).toList();
        return Opml.write(title, outlines);
    }

    /** Adds every feed of an OPML file that passes the address checks; they are read on their first poll. */
    public OpmlImport importOpml(WorkspaceId workspace, byte[] opml) {
        final List<Opml.Outline> outlines;
        try {
            outlines = Opml.read(opml);
        } catch (FeedUnreadable e) {
            throw new SourceRefused(e.getMessage());
        }
        var added = 0;
        var skipped = new ArrayList<String>();
        for (var outline : outlines) {
            try {
                var uri = parse(outline.xmlUrl());
                fetcher.checkTarget(uri);
                if (feeds.findByUrl(workspace, uri.toString()).isPresent()) {
                    skipped.add(outline.xmlUrl() + ": already followed");
                    continue;
                }
                feeds.insert(newFeed(workspace, uri.toString(), outline.title(), settings.defaultInterval()), clock.instant());
                added++;
            } catch (SourceRefused | FetchFailed e) {
                skipped.add(outline.xmlUrl() + ": " + e.getMessage());
            }
        }
        return new OpmlImport(added, skipped);
    }

    private FeedSource newFeed(WorkspaceId workspace, String url, String title, Duration interval) {
        var every = interval.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : interval;
        return new FeedSource(UUID.randomUUID(), workspace, url, title, null, every, null, null, 0, clock.instant(), null, 0);
    }

    private URI resolveFeed(URI uri) {
        try {
            var response = fetcher.get(uri, SafeHttpFetcher.Conditions.NONE);
            if (!FeedDiscovery.isHtml(response.body(), response.contentType())) {
                FeedParser.parse(response.body(), response.contentType());
                return response.finalUri();
            }
            var announced = FeedDiscovery.feedLink(response.body(), response.finalUri())
                    .orElseThrow(() -> new SourceRefused("The page at " + uri + " announces no feed (no <link rel=\"alternate\">)"));
            fetcher.checkTarget(announced);
            return announced;
        } catch (FetchFailed e) {
            throw new SourceRefused(e.reason());
        } catch (FeedUnreadable e) {
            throw new SourceRefused(e.getMessage());
        }
    }

    private static URI parse(String address) {
        var trimmed = address.strip();
        if (trimmed.isEmpty() || trimmed.length() > 2048) {
            throw new SourceRefused("Give a feed or site URL of at most 2048 characters");
        }
        try {
            var uri = new URI(trimmed.contains("://") ? trimmed : "https://" + trimmed);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new SourceRefused("Only http and https URLs can be followed");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new SourceRefused("That is not a valid URL");
        }
    }
}
