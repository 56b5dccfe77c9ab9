package org.frontline.channels.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.frontline.channels.internal.SourceHealth;
import org.frontline.channels.social.SocialConnection;
import org.jspecify.annotations.Nullable;

/**
 * One source's health as every table of the Channels page shows it (template {@code channels-health}): a
 * state word with its badge, the last time it worked, the lag since then, the last error and the posts it
 * brought. Feeds, webhooks, mailboxes and social connections all render through it.
 */
record HealthView(String state, String badge, @Nullable Instant lastAt, @Nullable Long lagMinutes, @Nullable String lastError, long items) {

    private static final String GOOD = "st-closed";
    private static final String WARNING = "st-open";
    private static final String BAD = "pr-urgent";

    /** A polled or pushed source; {@code okState} names its good state ("ok", "connected"). */
    static HealthView of(SourceHealth.Status status, String okState) {
        var lag = status.lag() == null ? null : status.lag().toMinutes();
        if (status.failing()) {
            return new HealthView("failing", WARNING, status.lastSuccessAt(), lag, status.lastError(), status.items());
        }
        var state = status.lastSuccessAt() == null ? "not yet connected" : okState;
        return new HealthView(state, status.lastSuccessAt() == null ? BAD : GOOD, status.lastSuccessAt(), lag, status.lastError(), status.items());
    }

    /** A social connection, which also knows whether the network still accepts its credentials. */
    static HealthView of(SocialConnection.Health health, Instant now) {
        var lag = health.lastEventAt() == null ? null : Duration.between(health.lastEventAt(), now).toMinutes();
        var state = !health.connected() ? "disconnected" : health.failing() ? "failing" : "connected";
        var badge = !health.connected() ? BAD : health.failing() ? WARNING : GOOD;
        return new HealthView(state, badge, health.lastEventAt(), lag, health.lastError(), health.items());
    }

    /** A source refused for good (a feed whose address is blocked): the reason replaces the last error. */
    HealthView blocked(String reason) {
        return new HealthView("blocked", BAD, lastAt, lagMinutes, reason, items);
    }

    /** The views of a page's rows, by row id, for the template to look up. */
    static <T> Map<UUID, HealthView> byId(Collection<T> rows, Function<T, UUID> id, Function<T, HealthView> view) {
        var views = new LinkedHashMap<UUID, HealthView>();
        rows.forEach(row -> views.put(id.apply(row), view.apply(row)));
        return views;
    }
}
