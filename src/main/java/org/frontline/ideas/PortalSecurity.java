package org.frontline.ideas;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where a signed-in portal customer is remembered: in the session under a key of its own, so that the
 * agents' pages (default key) never see a customer and the portal never sees an agent. The web module's
 * filter chain for {@code /p/**} reads the same key (it names it by value: web must not depend on this
 * module, which depends on modules that depend on web).
 */
public final class PortalSecurity {

    public static final String SESSION_KEY = "FRONTLINE_PORTAL_SECURITY_CONTEXT";

    private PortalSecurity() {}

    public static SecurityContextRepository contextRepository() {
        var repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(SESSION_KEY);
        // Anonymous readers must not get a session: only an explicit sign-in creates one.
        repository.setAllowSessionCreation(false);
        return repository;
    }
}
