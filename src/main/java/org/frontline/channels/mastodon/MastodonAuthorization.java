package org.frontline.channels.mastodon;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.channels.social.NetworkFailure;
import org.frontline.channels.social.SocialConnection;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Connects a Mastodon account through OAuth, from the instance address alone: Frontline registers itself
 * as an application on the instance (once per workspace and instance), sends the user to the instance's
 * {@code /oauth/authorize} with a one-time {@code state} and a PKCE challenge (RFC 7636, S256), and on the
 * way back trades the code for an access token, which is verified and stored sealed like a pasted one.
 */
@Component
public class MastodonAuthorization {

    static final Duration VALID_FOR = Duration.ofMinutes(10);

    private final MastodonApi api;
    private final MastodonApps apps;
    private final MastodonConnector connector;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MastodonAuthorization(MastodonApi api, MastodonApps apps, MastodonConnector connector, Clock clock) {
        this.api = api;
        this.apps = apps;
        this.connector = connector;
        this.clock = clock;
    }

    /**
     * Starts an authorization for {@code user}; returns where to send their browser.
     *
     * @param redirectUri Frontline's callback, as the instance must send the user back to it
     * @throws SourceRefused when the instance cannot be reached or refuses to register Frontline
     */
    public URI begin(WorkspaceId workspace, String instance, String redirectUri, String user) {
        var base = MastodonConnector.baseUrl(instance);
        var registered = apps.find(workspace, base, redirectUri).orElseGet(() -> register(workspace, base, redirectUri));
        var state = randomText(32);
        var verifier = randomText(48);
        apps.start(state, new MastodonApps.Pending(workspace, registered.id(), user, verifier, clock.instant().plus(VALID_FOR)), clock.instant());
        return URI.create(base + "/oauth/authorize?response_type=code&client_id=" + MastodonApi.encode(registered.app().clientId())
                + "&redirect_uri=" + MastodonApi.encode(redirectUri) + "&scope=" + MastodonApi.encode(MastodonApi.SCOPES)
                + "&state=" + state + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256");
    }

    /**
     * Finishes the authorization the instance sent the user back from.
     *
     * @throws SourceRefused for an unknown, used, expired or someone else's state, a refusal on the instance,
     *     or a code the instance does not accept
     */
    public SocialConnection complete(WorkspaceId workspace, String state, @Nullable String code, @Nullable String error, String user) {
        var pending = apps.take(state)
                .filter(p -> p.workspace().equals(workspace) && p.startedBy().equals(user) && p.expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new SourceRefused("This authorization is unknown, used or expired: connect the instance again"));
        if (error != null || code == null || code.isBlank()) {
            throw new SourceRefused("The instance did not authorize Frontline" + (error == null ? "" : ": " + cut(error)));
        }
        var registered = apps.find(workspace, pending.appId())
                .orElseThrow(() -> new SourceRefused("The application registered on the instance is gone: connect the instance again"));
        try {
            var token = api.exchangeCode(registered.baseUrl(), registered.app(), registered.redirectUri(), code, pending.verifier());
            return connector.connect(workspace, registered.baseUrl(), token);
        } catch (NetworkFailure e) {
            if (e.getMessage().contains("invalid_client")) {
                apps.forget(workspace, registered.id()); // deleted on the instance: register anew next time
            }
            throw new SourceRefused(e.getMessage());
        }
    }

    private MastodonApps.Registered register(WorkspaceId workspace, String base, String redirectUri) {
        try {
            return apps.save(workspace, base, redirectUri, api.registerApp(base, redirectUri), clock.instant());
        } catch (NetworkFailure e) {
            throw new SourceRefused(e.getMessage());
        }
    }

    private String randomText(int bytes) {
        var value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    static String challenge(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static String cut(String value) {
        return value.length() > 200 ? value.substring(0, 200) : value;
    }
}
