package org.frontline.ideas.internal;

import java.util.List;

/** How likely a submission is spam, in [0, 1], with the reasons a moderator reads. */
public record SpamScore(double score, List<String> reasons) {

    public static final SpamScore NONE = new SpamScore(0, List.of());

    public SpamScore {
        score = Math.clamp(score, 0, 1);
        reasons = List.copyOf(reasons);
    }

    public String reasonText() {
        var text = String.join("; ", reasons);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
