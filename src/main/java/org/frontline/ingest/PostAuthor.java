package org.frontline.ingest;

import org.jspecify.annotations.Nullable;

/** Who wrote a post, as the channel names them. Followers are unknown on some channels. */
public record PostAuthor(String handle, @Nullable String displayName, @Nullable String profileUrl, @Nullable Long followers) {

    /** What to show for the author: the display name when there is one, else the handle. */
    public String label() {
        return displayName == null || displayName.isBlank() ? handle : displayName;
    }
}
