package org.frontline.metrics.report;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The weekly report: {@code from} is the sender address; {@code enabled} turns the hourly check off (a node that
 * must not send mail). Sent through the application's mail sender ({@code spring.mail.*}).
 */
@ConfigurationProperties("frontline.metrics.reports")
@Validated
public record ReportProperties(@DefaultValue("reports@frontline.invalid") @NotBlank String from, @DefaultValue("true") boolean enabled) {
}
