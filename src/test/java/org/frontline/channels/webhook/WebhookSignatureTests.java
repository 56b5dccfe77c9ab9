package org.frontline.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final byte[] BODY = "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void acceptsItsOwnSignatureWithinTheTolerance() {
        var ts = NOW.minusSeconds(299).getEpochSecond();

        var verdict = WebhookSignature.verify("s3cret", Long.toString(ts), WebhookSignature.sign("s3cret", ts, BODY), BODY, NOW, Duration.ofMinutes(5));

        assertThat(verdict).isEqualTo(WebhookSignature.Verdict.VALID);
    }

    @Test
    void refusesAChangedBodyTimestampOrSecret() {
        var ts = NOW.getEpochSecond();
        var signature = WebhookSignature.sign("s3cret", ts, BODY);
        var tolerance = Duration.ofMinutes(5);

        assertThat(WebhookSignature.verify("s3cret", Long.toString(ts), signature, "{}".getBytes(), NOW, tolerance)).isEqualTo(WebhookSignature.Verdict.MISMATCH);
        assertThat(WebhookSignature.verify("s3cret", Long.toString(ts + 1), signature, BODY, NOW, tolerance)).isEqualTo(WebhookSignature.Verdict.MISMATCH);
        assertThat(WebhookSignature.verify("other", Long.toString(ts), signature, BODY, NOW, tolerance)).isEqualTo(WebhookSignature.Verdict.MISMATCH);
        assertThat(WebhookSignature.verify("s3cret", "yesterday", signature, BODY, NOW, tolerance)).isEqualTo(WebhookSignature.Verdict.MALFORMED_TIMESTAMP);
        assertThat(WebhookSignature.verify("s3cret", Long.toString(ts - 301), WebhookSignature.sign("s3cret", ts - 301, BODY), BODY, NOW, tolerance))
                .isEqualTo(WebhookSignature.Verdict.STALE);
    }
}
