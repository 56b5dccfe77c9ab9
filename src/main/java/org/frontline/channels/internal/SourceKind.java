package org.frontline.channels.internal;

import java.util.Locale;

/** The kinds of source a workspace can listen to, as the Channels page groups them. */
public enum SourceKind {
    FEED,
    WEBHOOK,
    EMAIL,
    IMPORT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
