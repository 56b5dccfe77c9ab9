package org.frontline.channels.mastodon;

import org.frontline.channels.social.NetworkFailure;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * Connects a Mastodon account from an instance URL and an access token, pasted (created under the instance's
 * Preferences → Development with the scopes read and write:statuses) or obtained by {@link MastodonAuthorization}.
 * The token is checked before it is kept, then stored sealed.
 */
@Component
public class MastodonConnector {

    private final MastodonApi api;
    private final MastodonListener listener;
    private final MastodonSearch search;
    private final SocialConnections connections;

    MastodonConnector(MastodonApi api, MastodonListener listener, MastodonSearch search, SocialConnections connections) {
        this.api = api;
        this.listener = listener;
        this.search = search;
        this.connections = connections;
    }

    /** @throws SourceRefused when the instance or the token is refused, with the reason */
    public SocialConnection connect(WorkspaceId workspace, String instance, String token) {
        var base = baseUrl(instance);
        if (token.isBlank() || token.length() > 500) {
            throw new SourceRefused("Paste the access token from the instance's Development settings");
        }
        try {
            var account = api.verify(base, token.strip());
            var label = "@" + account.acct() + "@" + URI.create(base).getHost();
            var connection = connections.create(workspace, Network.MASTODON, label, base, account.id(), token.strip());
            connections.rateLimit(connection, account.rateLimit());
            return connections.find(workspace, connection.id()).orElse(connection);
        } catch (NetworkFailure e) {
            throw new SourceRefused(e.getMessage());
        }
    }

    /** Checks the stored token and fills any gap now; the result is a sentence for the Channels page. */
    public String test(SocialConnection connection) {
        try {
            var created = listener.catchUp(connection) + search.poll(connection);
            return "Connected as " + connection.label() + "; " + created + " new posts";
        } catch (NetworkFailure e) {
            connections.failed(connection, e.getMessage(), e.status() != 401);
            throw new SourceRefused(e.getMessage());
        }
    }

    static String baseUrl(String instance) {
        var trimmed = instance.strip();
        try {
            var uri = new URI(trimmed.contains("://") ? trimmed : "https://" + trimmed);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || trimmed.length() > 300) {
                throw new SourceRefused("Give the instance as https://instance.example");
            }
            var port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port;
        } catch (URISyntaxException e) {
            throw new SourceRefused("That is not an instance address");
        }
    }
}
