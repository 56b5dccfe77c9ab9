package org.frontline.classify.internal;

import org.frontline.classify.Reach;
import org.frontline.classify.Signals.ReachSignal;
import org.jspecify.annotations.Nullable;

/** Reach from the author's followers: under 1,000 small, under 10,000 medium, under 100,000 large, else huge. */
public final class ReachRules {

    private ReachRules() {}

    public static ReachSignal of(@Nullable Long followers) {
        if (followers == null || followers < 0) {
            return new ReachSignal(Reach.UNKNOWN, null, "the channel does not report followers");
        }
        var level = followers < 1_000 ? Reach.SMALL : followers < 10_000 ? Reach.MEDIUM : followers < 100_000 ? Reach.LARGE : Reach.HUGE;
        return new ReachSignal(level, followers, Decimals.grouped(followers) + " followers");
    }
}
