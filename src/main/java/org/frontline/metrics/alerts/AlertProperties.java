package org.frontline.metrics.alerts;

import java.time.Duration;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Spike and crisis thresholds (docs/alerts.md explains them). The usual level of an hour is the mean and standard
 * deviation of the same hour of the week over the last {@code weeks} weeks. A volume spike needs at least
 * {@code minVolume} mentions, {@code factor} times the usual mean and {@code deviations} standard deviations above
 * it; a crisis needs at least {@code minNegative} negative mentions and a negative share {@code negativeShareRise}
 * above the usual share.
 */
@Validated
@ConfigurationProperties("frontline.alerts")
public record AlertProperties(
        @DefaultValue("true") boolean watch,
        @DefaultValue("PT5M") Duration checkEvery,
        @DefaultValue("4") @Min(1) int weeks,
        @DefaultValue("20") @Min(1) long minVolume,
        @DefaultValue("3.0") @DecimalMin("1.0") double factor,
        @DefaultValue("3.0") @DecimalMin("0.0") double deviations,
        @DefaultValue("10") @Min(1) long minNegative,
        @DefaultValue("0.25") @DecimalMin("0.0") double negativeShareRise,
        @DefaultValue("http://localhost:8080") String publicUrl) {}
