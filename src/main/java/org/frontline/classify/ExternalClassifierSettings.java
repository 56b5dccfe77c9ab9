package org.frontline.classify;

import java.time.Duration;

/**
 * A workspace's external classifier as it may be shown: an OpenAI-compatible chat-completions server. The API
 * key itself is never part of it, only whether one is stored.
 */
public record ExternalClassifierSettings(boolean enabled, String baseUrl, String model, boolean apiKeySet, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration MIN_TIMEOUT = Duration.ofMillis(100);

    /** What a workspace has before anyone configures it: off. */
    public static ExternalClassifierSettings off() {
        return new ExternalClassifierSettings(false, "", "", false, DEFAULT_TIMEOUT);
    }
}
