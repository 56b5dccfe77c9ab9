package org.frontline.channels.hackernews;

import org.frontline.channels.internal.SourceRefused;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.channels.social.SocialProperties;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * Follows Hacker News for a workspace: no account and no credentials, one connection per workspace. Its
 * address is the search API's; the item API's address is kept as the connection's account.
 */
@Component
public class HackerNewsConnector {

    private final SocialConnections connections;
    private final HackerNewsPoller poller;
    private final SocialProperties settings;

    HackerNewsConnector(SocialConnections connections, HackerNewsPoller poller, SocialProperties settings) {
        this.connections = connections;
        this.poller = poller;
        this.settings = settings;
    }

    public SocialConnection connect(WorkspaceId workspace) {
        if (!connections.list(workspace, Network.HACKERNEWS).isEmpty()) {
            throw new SourceRefused("This workspace already follows Hacker News");
        }
        return connections.create(workspace, Network.HACKERNEWS, "Hacker News search", settings.hackerNewsSearch().toString(),
                settings.hackerNewsItems().toString(), null);
    }

    /** Polls every tracked term now; the result is a sentence for the Channels page. */
    public String test(SocialConnection connection) {
        try {
            return "Hacker News answered; " + poller.poll(connection) + " new posts";
        } catch (HackerNewsPoller.HackerNewsFailure e) {
            throw new SourceRefused(e.getMessage());
        }
    }

    /** Reads an item's thread (the item and its direct replies) into posts. */
    public int thread(SocialConnection connection, String itemId) {
        if (!itemId.matches("\\d{1,12}")) {
            throw new SourceRefused("A Hacker News item id is a number");
        }
        var itemsBase = connection.accountId() == null ? settings.hackerNewsItems().toString() : connection.accountId();
        try {
            return poller.thread(connection, itemId, itemsBase);
        } catch (HackerNewsPoller.HackerNewsFailure e) {
            throw new SourceRefused(e.getMessage());
        }
    }
}
