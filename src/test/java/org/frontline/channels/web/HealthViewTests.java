package org.frontline.channels.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.frontline.channels.internal.SourceHealth;
import org.frontline.channels.social.RateLimit;
import org.frontline.channels.social.SocialConnection;
import org.junit.jupiter.api.Test;

class HealthViewTests {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void aSourceThatWorkedShowsItsGoodStateAndItsLag() {
        var status = new SourceHealth.Status(NOW.minusSeconds(600), null, null, 7, Duration.ofMinutes(10));

        var view = HealthView.of(status, "connected");

        assertThat(view).isEqualTo(new HealthView("connected", "st-closed", NOW.minusSeconds(600), 10L, null, 7));
    }

    @Test
    void aSourceWhoseLastRunFailedIsFailingAndOneNeverReachedIsNotYetConnected() {
        var failing = new SourceHealth.Status(NOW.minusSeconds(600), "Could not reach imap.example", NOW, 7, Duration.ofMinutes(10));
        var never = new SourceHealth.Status(null, null, null, 0, null);

        assertThat(HealthView.of(failing, "ok").state()).isEqualTo("failing");
        assertThat(HealthView.of(failing, "ok").lastError()).isEqualTo("Could not reach imap.example");
        assertThat(HealthView.of(never, "ok")).isEqualTo(new HealthView("not yet connected", "pr-urgent", null, null, null, 0));
    }

    @Test
    void aBlockedFeedShowsTheReasonAsItsError() {
        var status = new SourceHealth.Status(null, "HTTP 500", NOW, 0, null);

        var view = HealthView.of(status, "ok").blocked("Blocked: intranet resolves to 10.0.0.1 is a private address");

        assertThat(view.state()).isEqualTo("blocked");
        assertThat(view.lastError()).isEqualTo("Blocked: intranet resolves to 10.0.0.1 is a private address");
    }

    @Test
    void aSocialConnectionIsConnectedFailingOrDisconnected() {
        var heard = new SocialConnection.Health(true, NOW.minusSeconds(180), null, null, 3, RateLimit.UNKNOWN);
        var failing = new SocialConnection.Health(true, NOW.minusSeconds(180), "Rate limit reached", NOW, 3, RateLimit.UNKNOWN);
        var refused = new SocialConnection.Health(false, null, "The access token was refused", NOW, 0, RateLimit.UNKNOWN);

        assertThat(HealthView.of(heard, NOW)).isEqualTo(new HealthView("connected", "st-closed", NOW.minusSeconds(180), 3L, null, 3));
        assertThat(HealthView.of(failing, NOW).state()).isEqualTo("failing");
        assertThat(HealthView.of(refused, NOW)).isEqualTo(new HealthView("disconnected", "pr-urgent", null, null, "The access token was refused", 0));
    }
}
