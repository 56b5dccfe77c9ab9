package org.frontline.ideas.internal;

import java.util.Objects;
import java.util.regex.Pattern;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/** A workspace's public portal: its name, tagline, accent colour and whether it has a logo. */
public record Portal(
        WorkspaceId workspace, String slug, String title, @Nullable String tagline, String accentColor, boolean hasLogo) {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    public static final String DEFAULT_COLOR = "#4f46e5";

    public Portal {
        Objects.requireNonNull(workspace, "workspace");
        if (!isColor(accentColor)) {
            throw new IllegalArgumentException("An accent colour is #rrggbb");
        }
    }

    /** Only a plain hex colour ever reaches the served stylesheet: nothing else can be injected into CSS. */
    public static boolean isColor(@Nullable String value) {
        return value != null && COLOR.matcher(value).matches();
    }

    /** Black or white, whichever reads better on the accent colour (WCAG relative luminance). */
    public String accentInk() {
        return Contrast.ratio(accentColor, "#ffffff") >= Contrast.ratio(accentColor, "#111111") ? "#ffffff" : "#111111";
    }

    /** The accent darkened until it reads on white as link text (contrast at least 4.5:1). */
    public String accentText() {
        return Contrast.readableOnWhite(accentColor);
    }
}
