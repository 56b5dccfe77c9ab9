package org.frontline.ideas.internal;

import java.time.Clock;
import java.util.Optional;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opening and dressing a workspace's portal: name, tagline, accent colour and logo (PNG or JPEG, checked by content). */
@Component
public class Portals {

    static final int MAX_LOGO_BYTES = 200 * 1024;

    private final PortalRepository portals;
    private final Clock clock;

    Portals(PortalRepository portals, Clock clock) {
        this.portals = portals;
        this.clock = clock;
    }

    public Optional<Portal> bySlug(String slug) {
        return portals.findBySlug(slug);
    }

    public Optional<Portal> of(WorkspaceId workspace) {
        return portals.find(workspace);
    }

    @Transactional
    public Portal open(WorkspaceId workspace, String slug, String title, @Nullable String tagline, String color) {
        var cleanTitle = title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > 200) {
            throw new PortalRefused("A portal name has 1 to 200 characters.");
        }
        if (!Portal.isColor(color)) {
            throw new PortalRefused("The accent colour is a hex colour such as #4f46e5.");
        }
        var cleanTagline = tagline == null || tagline.isBlank() ? null : tagline.strip();
        if (cleanTagline != null && cleanTagline.length() > 300) {
            throw new PortalRefused("A tagline has at most 300 characters.");
        }
        portals.save(workspace, slug, cleanTitle, cleanTagline, color.toLowerCase(java.util.Locale.ROOT), clock.instant());
        return portals.find(workspace).orElseThrow();
    }

    /** Sets the logo; only PNG and JPEG pass, recognized by their first bytes, never by the declared type. */
    @Transactional
    public void setLogo(WorkspaceId workspace, byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_LOGO_BYTES) {
            throw new PortalRefused("A logo is a PNG or JPEG file of at most 200 KB.");
        }
        var type = imageType(bytes);
        if (type == null) {
            throw new PortalRefused("A logo is a PNG or JPEG file of at most 200 KB.");
        }
        portals.saveLogo(workspace, new PortalRepository.Logo(bytes, type));
    }

    public Optional<PortalRepository.Logo> logo(WorkspaceId workspace) {
        return portals.logo(workspace);
    }

    static @Nullable String imageType(byte[] bytes) {
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }
}
