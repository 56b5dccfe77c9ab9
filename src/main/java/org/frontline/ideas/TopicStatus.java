package org.frontline.ideas;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The company's official word on a topic, shown on the portal and on the public roadmap. */
public enum TopicStatus {
    OPEN,
    UNDER_REVIEW,
    PLANNED,
    IN_PROGRESS,
    DONE,
    DECLINED;

    /** The roadmap's columns, in order. */
    public static final List<TopicStatus> ROADMAP = List.of(PLANNED, IN_PROGRESS, DONE);

    /** For URLs, forms and the API: {@code under-review}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** For people: {@code under review}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static Optional<TopicStatus> fromWireName(String value) {
        var normalized = value.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        return Arrays.stream(values()).filter(s -> s.wireName().equals(normalized)).findFirst();
    }
}
