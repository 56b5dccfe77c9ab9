package org.frontline.channels.x;

/**
 * The X API access level of the app, which decides the filtered stream's limits (X developer documentation,
 * "filtered stream" introduction): Pro allows 1,000 rules of up to 1,024 characters, Enterprise 25,000 rules of up to
 * 2,048 characters; Basic has no filtered stream, so only the mentions timeline is read.
 */
enum XTier {
    BASIC(0, 0),
    PRO(1_000, 1_024),
    ENTERPRISE(25_000, 2_048);

    private final int maxRules;
    private final int maxRuleLength;

    XTier(int maxRules, int maxRuleLength) {
        this.maxRules = maxRules;
        this.maxRuleLength = maxRuleLength;
    }

    int maxRules() {
        return maxRules;
    }

    int maxRuleLength() {
        return maxRuleLength;
    }

    boolean streams() {
        return maxRules > 0;
    }
}
