package org.frontline.ideas.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param baseUrl the public address put in e-mailed links; empty means {@code http://localhost:<port>}
 *     (never the request's Host header, which a stranger can forge to steal sign-in links)
 * @param mailFrom the sender of sign-in links and notifications
 * @param signInLinkTtl how long an e-mailed sign-in link works
 * @param signInsPerIp sign-in mails one IP address may request per hour and workspace
 * @param signInsPerEmail sign-in mails one address may receive per hour and workspace
 * @param topicsPerAccount topics one customer may post per hour
 * @param topicsPerIp topics one IP address may post per hour and workspace
 * @param commentsPerAccount comments one customer may write per hour
 * @param votesPerAccount votes (and withdrawals) one customer may cast per hour
 * @param spamThreshold the spam score from which a new topic waits for a moderator
 * @param trendingHalfLife how fast a vote's weight decays in the trending list
 */
@ConfigurationProperties("frontline.ideas")
@Validated
public record IdeasProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue("portal@frontline.invalid") @NotBlank String mailFrom,
        @DefaultValue("15m") Duration signInLinkTtl,
        @DefaultValue("10") @Positive int signInsPerIp,
        @DefaultValue("5") @Positive int signInsPerEmail,
        @DefaultValue("5") @Positive int topicsPerAccount,
        @DefaultValue("20") @Positive int topicsPerIp,
        @DefaultValue("30") @Positive int commentsPerAccount,
        @DefaultValue("200") @Positive int votesPerAccount,
        @DefaultValue("0.7") @DecimalMin("0.1") @DecimalMax("1.0") double spamThreshold,
        @DefaultValue("3d") Duration trendingHalfLife) {}
