package org.frontline.channels.reddit;

import org.frontline.channels.social.NetworkFailure;
import java.util.List;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * Connects a Reddit account through a "script" app (reddit.com/prefs/apps): the app's id and secret and the
 * account's username and password, checked by getting a token before they are kept, then stored sealed.
 */
@Component
public class RedditConnector {

    static final String API = "https://oauth.reddit.com";

    private final RedditApi api;
    private final RedditPoller poller;
    private final RedditWatchList watchList;
    private final SocialConnections connections;

    RedditConnector(RedditApi api, RedditPoller poller, RedditWatchList watchList, SocialConnections connections) {
        this.api = api;
        this.poller = poller;
        this.watchList = watchList;
        this.connections = connections;
    }

    /** @param subreddits the subreddits to read in full ("r/acme, acmehelp"), may be blank */
    public SocialConnection connect(WorkspaceId workspace, String clientId, String clientSecret, String username, String password,
            String subreddits) {
        var names = RedditWatchList.parse(subreddits);
        var connection = connect(workspace, API, new RedditApi.Credentials(clientId.strip(), clientSecret.strip(), username.strip(), password));
        watchList.replaceSubreddits(connection, names);
        return connection;
    }

    /** The subreddits a connection reads in full. */
    public List<String> subreddits(SocialConnection connection) {
        return watchList.subreddits(connection);
    }

    /** @throws SourceRefused when an entry is not a subreddit name */
    public List<String> setSubreddits(SocialConnection connection, String subreddits) {
        var names = RedditWatchList.parse(subreddits);
        watchList.replaceSubreddits(connection, names);
        return names;
    }

    /** @throws SourceRefused when Reddit refuses the app or the account, with its reason */
    SocialConnection connect(WorkspaceId workspace, String apiBase, RedditApi.Credentials credentials) {
        if (credentials.clientId().isEmpty() || credentials.clientSecret().isEmpty() || !credentials.username().matches("[A-Za-z0-9_-]{3,20}")
                || credentials.password().isEmpty() || credentials.password().length() > 200) {
            throw new SourceRefused("Give the script app's id and secret, and the account's username and password");
        }
        try {
            api.login(apiBase, credentials);
            return connections.create(workspace, Network.REDDIT, "u/" + credentials.username(), apiBase, credentials.username(),
                    RedditApi.credentialsJson(credentials));
        } catch (NetworkFailure e) {
            throw new SourceRefused(e.getMessage());
        }
    }

    public String test(SocialConnection connection) {
        try {
            return "Reddit answered; " + poller.poll(connection) + " new posts";
        } catch (NetworkFailure e) {
            throw new SourceRefused(e.getMessage());
        }
    }
}
