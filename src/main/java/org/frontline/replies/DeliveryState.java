package org.frontline.replies;

import java.util.Locale;

/** Where a reply stands. {@code ANSWERED_ELSEWHERE}: the agent answered on the channel by hand. */
public enum DeliveryState {
    QUEUED,
    SENT,
    FAILED,
    UNKNOWN,
    ANSWERED_ELSEWHERE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
