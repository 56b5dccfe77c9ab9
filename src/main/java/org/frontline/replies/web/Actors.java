package org.frontline.replies.web;

import org.frontline.workspaces.TokenPrincipal;
import org.springframework.security.core.Authentication;

/** Who did it, as the timeline and the approval step name them: the person's e-mail or the API token's name. */
final class Actors {

    private Actors() {}

    static String of(Authentication who) {
        return who.getPrincipal() instanceof TokenPrincipal token ? "API: " + token.name() : who.getName();
    }
}
