package org.frontline.channels.x;

import java.util.Locale;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.NetworkFailure;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * Connects an X account from pasted tokens: the app's bearer token (developer portal → the app → Keys and tokens) and a
 * user OAuth 2.0 access token with the scopes {@code tweet.read users.read tweet.write} (see docs/channels.md for the
 * PKCE steps). Both are checked against X before they are kept, then stored sealed.
 */
@Component
public class XConnector {

    private final XApi api;
    private final XMentions mentions;
    private final XRules rules;
    private final SocialConnections connections;
    private final XProperties settings;

    XConnector(XApi api, XMentions mentions, XRules rules, SocialConnections connections, XProperties settings) {
        this.api = api;
        this.mentions = mentions;
        this.rules = rules;
        this.connections = connections;
        this.settings = settings;
    }

    /** @param tier {@code basic}, {@code pro} or {@code enterprise}: the app's X API access level */
    public SocialConnection connect(WorkspaceId workspace, String bearerToken, String userToken, String tier) {
        return connect(workspace, settings.api().toString().replaceAll("/+$", ""), bearerToken, userToken, tier);
    }

    /** @throws SourceRefused when a token or the access level is refused, with the reason */
    SocialConnection connect(WorkspaceId workspace, String apiBase, String bearerToken, String userToken, String tier) {
        var level = level(tier);
        var credentials = new XCredentials(bearerToken.strip(), userToken.strip(), level);
        if (credentials.userToken().isEmpty() || credentials.userToken().length() > 2000 || credentials.bearerToken().length() > 2000
                || level.streams() && credentials.bearerToken().isEmpty()) {
            throw new SourceRefused("Paste the user access token, and the app's bearer token for the filtered stream");
        }
        try {
            var me = api.me(apiBase, credentials.userToken());
            if (level.streams()) {
                api.checkApp(apiBase, credentials.bearerToken());
            }
            return connections.create(workspace, Network.X, "@" + me.username() + " on X", apiBase, me.id(), credentials.toJson());
        } catch (NetworkFailure e) {
            throw new SourceRefused(e.getMessage());
        }
    }

    /** Reads the mentions and synchronises the stream's rules now; the result is a sentence for the Channels page. */
    public String test(SocialConnection connection) {
        try {
            var created = mentions.poll(connection);
            var plan = rules.sync(connection);
            return connection.label() + ": " + created + " new mentions; " + plan.summary();
        } catch (NetworkFailure e) {
            connections.failed(connection, e.getMessage(), e.status() != 401);
            throw new SourceRefused(e.getMessage());
        }
    }

    private static XTier level(String tier) {
        try {
            return XTier.valueOf(tier.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SourceRefused("Choose the app's X API access level: basic, pro or enterprise");
        }
    }
}
