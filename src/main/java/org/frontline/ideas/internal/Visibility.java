package org.frontline.ideas.internal;

/** Who sees a topic or comment: everyone; only moderators and its author (held as likely spam); only moderators. */
public enum Visibility {
    VISIBLE,
    HELD,
    HIDDEN
}
