package org.frontline.channels.bluesky;

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
 * Connects a Bluesky account with its handle and an app password (Settings → Privacy and security → App
 * passwords), logging in once to check them. The app password is stored sealed; the account's DID is kept
 * to recognise its mentions and threads.
 */
@Component
public class BlueskyConnector {

    private final BlueskyApi api;
    private final SocialConnections connections;

    BlueskyConnector(BlueskyApi api, SocialConnections connections) {
        this.api = api;
        this.connections = connections;
    }

    /** @throws SourceRefused when the PDS refuses the handle or password, with its reason */
    public SocialConnection connect(WorkspaceId workspace, String pds, String handle, String appPassword) {
        var base = baseUrl(pds);
        var identifier = handle.strip().replaceFirst("^@", "");
        if (identifier.isEmpty() || identifier.length() > 253 || appPassword.isBlank() || appPassword.length() > 200) {
            throw new SourceRefused("Give the account's handle and an app password");
        }
        try {
            var session = api.login(base, identifier, appPassword.strip());
            return connections.create(workspace, Network.BLUESKY, "@" + session.handle(), base, session.did(), appPassword.strip());
        } catch (NetworkFailure e) {
            throw new SourceRefused(e.getMessage());
        }
    }

    /** Logs in with the stored app password; the result is a sentence for the Channels page. */
    public String test(SocialConnection connection) {
        try {
            var session = api.login(connection);
            connections.heard(connection, 0);
            return "Logged in as @" + session.handle();
        } catch (NetworkFailure e) {
            connections.failed(connection, e.getMessage(), e.status() != 401);
            throw new SourceRefused(e.getMessage());
        }
    }

    static String baseUrl(String pds) {
        var trimmed = pds.isBlank() ? "https://bsky.social" : pds.strip();
        try {
            var uri = new URI(trimmed.contains("://") ? trimmed : "https://" + trimmed);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || trimmed.length() > 300) {
                throw new SourceRefused("Give the PDS as https://bsky.social");
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            throw new SourceRefused("That is not a PDS address");
        }
    }
}
