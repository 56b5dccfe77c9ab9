package org.frontline.ideas.internal;

import org.springframework.stereotype.Component;

/** Abuse control for portal submissions: the rate limits, the spam threshold and the rudeness check, in one place. */
@Component
public class Safeguards {

    private final RateLimiter limits;
    private final RudenessCheck rudeness;
    private final IdeasProperties properties;

    Safeguards(RateLimiter limits, RudenessCheck rudeness, IdeasProperties properties) {
        this.limits = limits;
        this.rudeness = rudeness;
        this.properties = properties;
    }

    void limitTopic(PortalPrincipal author, String ip) {
        limits.require(key(author) + "|topic", properties.topicsPerAccount(), "new topics from your account");
        limits.require(author.workspace() + "|" + ip + "|topic", properties.topicsPerIp(), "new topics from your network");
    }

    void limitComment(PortalPrincipal author) {
        limits.require(key(author) + "|comment", properties.commentsPerAccount(), "comments from your account");
    }

    void limitVote(PortalPrincipal voter) {
        limits.require(key(voter) + "|vote", properties.votesPerAccount(), "votes from your account");
    }

    boolean holds(SpamScore spam) {
        return spam.score() >= properties.spamThreshold();
    }

    Rudeness rudeness(String text) {
        return rudeness.of(text);
    }

    private static String key(PortalPrincipal who) {
        return who.workspace() + "|" + who.userId();
    }
}
