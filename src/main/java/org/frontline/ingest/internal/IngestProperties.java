package org.frontline.ingest.internal;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param listenerBacklog how many asynchronous listener tasks may wait or run before ingest holds producers back;
 *     each stored post hands over one per {@code PostIngested} listener, a few hundred bytes each
 */
@ConfigurationProperties("frontline.ingest")
@Validated
public record IngestProperties(@DefaultValue("2000") @Positive int listenerBacklog) {}
