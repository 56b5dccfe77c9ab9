package org.frontline.ideas.internal;

import org.jspecify.annotations.Nullable;

/** Whether a submission reads as rude, and why: a flag for a moderator to look at, never grounds to remove it. */
public record Rudeness(boolean rude, @Nullable String reason) {

    public static final Rudeness NONE = new Rudeness(false, null);
}
