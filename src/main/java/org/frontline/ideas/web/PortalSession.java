package org.frontline.ideas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.frontline.ideas.PortalSecurity;
import org.frontline.ideas.internal.Portal;
import org.frontline.ideas.internal.PortalPrincipal;
import org.frontline.ideas.internal.PortalUser;
import org.frontline.ideas.internal.Portals;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The portal a request is on and the customer signed in to it, if any. A customer signed in to another
 * workspace's portal is a stranger here. The session exists only from sign-in on.
 */
@Component
class PortalSession {

    private final Portals portals;
    private final SecurityContextRepository contexts = PortalSecurity.contextRepository();

    PortalSession(Portals portals) {
        this.portals = portals;
    }

    /** The open portal of this slug; 404 when the workspace has none (or does not exist: the same answer). */
    Portal portal(String slug) {
        return portals.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    Optional<PortalPrincipal> current(Portal portal) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalPrincipal principal
                && principal.workspace().equals(portal.workspace())) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    void signIn(HttpServletRequest request, HttpServletResponse response, PortalUser user) {
        var principal = new PortalPrincipal(user.id(), user.workspace(), user.displayName());
        var existing = request.getSession(false);
        if (existing == null) {
            request.getSession(true);
        } else {
            // A new session id at sign-in: a planted session cookie cannot ride on the customer's account.
            request.changeSessionId();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority("ROLE_PORTAL"))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    void signOut(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PortalSecurity.SESSION_KEY);
        }
        SecurityContextHolder.clearContext();
    }

    static String clientIp(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
