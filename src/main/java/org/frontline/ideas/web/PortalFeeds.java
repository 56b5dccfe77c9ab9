package org.frontline.ideas.web;

import java.time.Clock;
import java.time.Duration;
import org.frontline.ideas.internal.Feeds;
import org.frontline.ideas.internal.PublicLinks;
import org.frontline.ideas.internal.TopicLists;
import org.frontline.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every portal list as a feed: the list page's parameters, at {@code feed.atom} or {@code feed.rss}. */
@RestController
@RequestMapping("/p/{workspace}")
class PortalFeeds {

    static final int FEED_SIZE = 50;

    private final PortalSession session;
    private final TopicLists lists;
    private final PublicLinks links;
    private final Clock clock;

    PortalFeeds(PortalSession session, TopicLists lists, PublicLinks links, Clock clock) {
        this.session = session;
        this.lists = lists;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> atom(
            @PathVariable String workspace,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String q) {
        return feed(workspace, "feed.atom", PortalModel.ListParams.of(sort, status, kind, tag, q, 0), true);
    }

    @GetMapping("/feed.rss")
    ResponseEntity<String> rss(
            @PathVariable String workspace,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String q) {
        return feed(workspace, "feed.rss", PortalModel.ListParams.of(sort, status, kind, tag, q, 0), false);
    }

    private ResponseEntity<String> feed(String workspace, String file, PortalModel.ListParams params, boolean atom) {
        var portal = session.portal(workspace);
        var page = lists.page(portal.workspace(), params.filter(), params.sort(), new PageRequest(0, FEED_SIZE));
        var portalUrl = links.portal(portal.slug());
        var query = params.query(null);
        var spec = new Feeds.FeedSpec(params.title(portal), portalUrl + "?" + query, portalUrl + "/" + file + "?" + query,
                portalUrl, page.items(), clock.instant());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(MediaType.parseMediaType(atom ? "application/atom+xml;charset=UTF-8" : "application/rss+xml;charset=UTF-8"))
                .body(atom ? Feeds.atom(spec) : Feeds.rss(spec));
    }
}
