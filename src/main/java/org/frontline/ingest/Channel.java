package org.frontline.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where public conversation comes from and where answers go. */
public enum Channel {
    MASTODON,
    BLUESKY,
    REDDIT,
    X,
    HACKERNEWS,
    FEED,
    EMAIL,
    WEBHOOK,
    PORTAL,
    IMPORT;

    /** The lower-case name used on the wire and in URLs. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> fromWireName(String value) {
        return Arrays.stream(values()).filter(c -> c.wireName().equals(value)).findFirst();
    }
}
