package org.frontline.channels.bluesky;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.frontline.channels.social.SocialHttp;
import org.frontline.channels.social.SocialProperties;
import org.frontline.ingest.PostAuthor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Shows Bluesky authors by handle: DIDs are resolved with the AppView's {@code app.bsky.actor.getProfiles}
 * (25 a request, no login) and remembered for a day, an unresolvable one for an hour. A DID the AppView
 * does not know, or a handle it marks {@code handle.invalid}, is shown as the DID; so is everything while the
 * AppView cannot be reached. The DID stays the post's identity (in its {@code at://} URI and profile link):
 * handles change.
 */
@Component
class BlueskyProfiles {

    /** What the AppView said about an account; {@code handle} is null when it has none that verifies. */
    record Profile(@Nullable String handle, @Nullable String displayName, @Nullable Long followers) {}

    static final int BATCH = 25;
    static final Duration REMEMBER = Duration.ofDays(1);
    static final Duration REMEMBER_UNKNOWN = Duration.ofHours(1);
    private static final int MAX_REMEMBERED = 50_000;
    private static final Profile UNKNOWN = new Profile(null, null, null);
    private static final Logger log = LoggerFactory.getLogger(BlueskyProfiles.class);

    private record Known(Profile profile, Instant until) {}

    private final SocialHttp http;
    private final SocialProperties settings;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    BlueskyProfiles(SocialHttp http, SocialProperties settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.clock = clock;
    }

    /** The author of a post by {@code did}: handle, display name and followers when known, the DID otherwise. */
    PostAuthor author(String did) {
        var profile = resolve(List.of(did)).getOrDefault(did, UNKNOWN);
        var shown = profile.handle() == null ? did : "@" + profile.handle();
        return new PostAuthor(shown, profile.displayName(), "https://bsky.app/profile/" + did, profile.followers());
    }

    /** Resolves DIDs, asking the AppView only for those not remembered, in batches. */
    Map<String, Profile> resolve(Collection<String> dids) {
        var now = clock.instant();
        var result = new HashMap<String, Profile>();
        var missing = new LinkedHashSet<String>();
        for (var did : dids) {
            var remembered = known.get(did);
            if (remembered != null && remembered.until().isAfter(now)) {
                result.put(did, remembered.profile());
            } else if (did.startsWith("did:")) {
                missing.add(did);
            }
        }
        var batch = new ArrayList<String>();
        for (var did : missing) {
            batch.add(did);
            if (batch.size() == BATCH) {
                result.putAll(fetch(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            result.putAll(fetch(batch));
        }
        return result;
    }

    /** An identity event: the account's handle may have changed, so it is asked again next time. */
    void forget(String did) {
        known.remove(did);
    }

    private Map<String, Profile> fetch(List<String> dids) {
        var query = new StringBuilder();
        dids.forEach(did -> query.append(query.isEmpty() ? "?" : "&").append("actors=").append(java.net.URLEncoder.encode(did,
                java.nio.charset.StandardCharsets.UTF_8)));
        var found = new HashMap<String, Profile>();
        try {
            var response = http.get(URI.create(settings.blueskyAppView() + "/xrpc/app.bsky.actor.getProfiles" + query), Map.of());
            if (!response.ok()) {
                log.info("The Bluesky AppView answered HTTP {} to getProfiles", response.status());
                return found; // not remembered: asked again with the next post
            }
            for (var profile : JetstreamEvent.JSON.readTree(response.body()).path("profiles")) {
                var handle = profile.path("handle").asString("");
                var followers = profile.path("followersCount");
                found.put(profile.path("did").asString(""), new Profile(
                        handle.matches("[A-Za-z0-9.-]{3,253}") && !handle.equals("handle.invalid") ? handle : null,
                        profile.path("displayName").isString() ? cut(profile.path("displayName").asString()) : null,
                        followers.isNumber() ? followers.asLong() : null));
            }
        } catch (SocialHttp.Unreachable | JacksonException e) {
            log.info("Bluesky handles could not be resolved: {}", e.getMessage());
            return found;
        }
        remember(dids, found);
        return found;
    }

    private void remember(List<String> asked, Map<String, Profile> found) {
        if (known.size() > MAX_REMEMBERED) {
            known.clear(); // a crude bound: resolving again is cheap, running out of memory is not
        }
        var now = clock.instant();
        for (var did : asked) {
            var profile = found.getOrDefault(did, UNKNOWN);
            found.putIfAbsent(did, UNKNOWN);
            known.put(did, new Known(profile, now.plus(profile.handle() == null ? REMEMBER_UNKNOWN : REMEMBER)));
        }
    }

    private static String cut(String value) {
        return value.length() > 300 ? value.substring(0, 300) : value;
    }
}
