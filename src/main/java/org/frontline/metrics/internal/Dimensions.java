package org.frontline.metrics.internal;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** How rollup dimensions are written: languages as short codes, a missing team or agent as the zero uuid. */
final class Dimensions {

    static final UUID NONE = new UUID(0, 0);
    static final String UNKNOWN_LANGUAGE = "und";

    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    private Dimensions() {}

    /** {@code en-GB} and {@code EN} become {@code en}; anything unrecognisable is {@code und} (BCP 47: undetermined). */
    static String language(@Nullable String tag) {
        if (tag == null) {
            return UNKNOWN_LANGUAGE;
        }
        var primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return CODE.matcher(primary).matches() ? primary : UNKNOWN_LANGUAGE;
    }

    static UUID idOrNone(@Nullable UUID id) {
        return id == null ? NONE : id;
    }
}
