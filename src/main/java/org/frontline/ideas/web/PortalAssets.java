package org.frontline.ideas.web;

import java.time.Duration;
import org.frontline.ideas.internal.Portals;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The portal's colours as a stylesheet of CSS custom properties (the page CSP forbids inline styles), and
 * its logo. Colours are validated hex values, so nothing else can reach the CSS.
 */
@RestController
class PortalAssets {

    private final PortalSession session;
    private final Portals portals;

    PortalAssets(PortalSession session, Portals portals) {
        this.session = session;
        this.portals = portals;
    }

    @GetMapping(value = "/p/{workspace}/theme.css", produces = "text/css")
    ResponseEntity<String> theme(@PathVariable String workspace) {
        var portal = session.portal(workspace);
        var css = ":root {\n  --brand: %s;\n  --brand-ink: %s;\n  --brand-text: %s;\n}\n"
                .formatted(portal.accentColor(), portal.accentInk(), portal.accentText());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(MediaType.valueOf("text/css;charset=UTF-8"))
                .body(css);
    }

    @GetMapping("/p/{workspace}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String workspace) {
        var portal = session.portal(workspace);
        var logo = portals.logo(portal.workspace()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(logo.bytes());
    }
}
