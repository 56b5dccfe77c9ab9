package org.frontline.channels.internal;

import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Settings of every channel, under {@code frontline.channels}. */
@ConfigurationProperties("frontline.channels")
@Validated
public record ChannelsProperties(
        @DefaultValue Fetch fetch,
        @DefaultValue Feed feed,
        @DefaultValue Webhook webhook,
        @DefaultValue Import importer,
        @DefaultValue Mail mail) {

    /**
     * @param maxBytes the largest body accepted after decompression (5 MB by default)
     * @param testOnlyAllowLoopback lets tests reach their own 127.0.0.1 servers; never set it in production
     */
    public record Fetch(
            @DefaultValue("5242880") @Positive long maxBytes,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("10s") Duration readTimeout,
            @DefaultValue("30s") Duration totalTimeout,
            @DefaultValue("5") int maxRedirects,
            @DefaultValue("false") boolean testOnlyAllowLoopback) {}

    /**
     * @param scheduledPolling poll due feeds in the background (tests poll explicitly instead)
     * @param futureSkew how far in the future an entry date may be before it is distrusted
     */
    public record Feed(
            @DefaultValue("true") boolean scheduledPolling,
            @DefaultValue("30s") Duration pollEvery,
            @DefaultValue("15m") Duration defaultInterval,
            @DefaultValue("6h") Duration maxBackoff,
            @DefaultValue("5m") Duration futureSkew) {}

    /** @param tolerance how far a signed timestamp may be from now (replays older than this are refused) */
    public record Webhook(@DefaultValue("5m") Duration tolerance, @DefaultValue("1048576") @Positive long maxBodyBytes) {}

    /**
     * @param directory where uploaded files wait until imported, so an interrupted import can resume
     * @param resumeUploads carry on with interrupted uploads at start (the import command turns it off for itself)
     * @param commandWriteDelay how long the import command lets the embedded database keep commits before writing
     *     them (H2's WRITE_DELAY, for that process only); zero writes every commit at once, as the server does
     */
    public record Import(
            @DefaultValue("./data/imports") Path directory,
            @DefaultValue("500") @Positive int batchSize,
            @DefaultValue("true") boolean resumeUploads,
            @DefaultValue("1s") Duration commandWriteDelay) {}

    /**
     * @param scheduledPolling watch every mailbox in the background (tests start watching themselves)
     * @param pollEvery how often a mailbox without IDLE is checked, and how often the list of mailboxes is
     * @param idle wait in IDLE when the server announces it; {@code false} checks every {@code pollEvery} instead
     *     (for a server or a firewall that drops idle connections)
     */
    public record Mail(
            @DefaultValue("true") boolean scheduledPolling, @DefaultValue("60s") Duration pollEvery, @DefaultValue("true") boolean idle) {}
}
