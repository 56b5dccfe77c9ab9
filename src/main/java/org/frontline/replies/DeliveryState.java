package org.frontline.replies;

import java.util.Locale;

/**
 * Where a reply stands. {@code ANSWERED_ELSEWHERE}: the agent answered on the channel by hand.
 * {@code AWAITING_APPROVAL}: a draft an approver has yet to send; {@code REJECTED}: a draft the approver
 * turned down (never sent).
 */
public enum DeliveryState {
    AWAITING_APPROVAL,
    REJECTED,
    QUEUED,
    SENT,
    FAILED,
    UNKNOWN,
    ANSWERED_ELSEWHERE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
