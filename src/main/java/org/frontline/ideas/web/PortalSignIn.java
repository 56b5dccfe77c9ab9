package org.frontline.ideas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.frontline.ideas.internal.Portal;
import org.frontline.ideas.internal.PortalRefused;
import org.frontline.ideas.internal.RateLimited;
import org.frontline.ideas.internal.SignInLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signing customers in by e-mailed link. Opening the link shows a button rather than signing in at once:
 * mail scanners that fetch every link would otherwise use it up before the customer clicks.
 */
@Controller
@RequestMapping("/p/{workspace}")
class PortalSignIn {

    private final PortalSession session;
    private final SignInLinks links;

    PortalSignIn(PortalSession session, SignInLinks links) {
        this.session = session;
        this.links = links;
    }

    static RedirectView signInFirst(Portal portal, String next) {
        return new RedirectView(UriComponentsBuilder.fromPath("/p/" + portal.slug() + "/sign-in")
                .queryParam("next", next)
                .encode()
                .toUriString());
    }

    @GetMapping("/sign-in")
    String form(@PathVariable String workspace, @RequestParam(required = false) @Nullable String next, Model model) {
        var portal = session.portal(workspace);
        PortalModel.fill(model, portal, session.current(portal), "sign-in");
        model.addAttribute("next", SignInLinks.safeNext(portal, next));
        return "portal/sign-in";
    }

    @PostMapping("/sign-in")
    String request(
            @PathVariable String workspace,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var portal = session.portal(workspace);
        PortalModel.fill(model, portal, session.current(portal), "sign-in");
        model.addAttribute("next", SignInLinks.safeNext(portal, next));
        try {
            links.request(portal, email, name, next, PortalSession.clientIp(request));
        } catch (PortalRefused e) {
            response.setStatus(400);
            model.addAttribute("error", e.message());
            model.addAttribute("email", email.length() > 320 ? "" : email);
            return "portal/sign-in";
        } catch (RateLimited e) {
            response.setStatus(429);
            model.addAttribute("error", e.message());
            return "portal/sign-in";
        }
        model.addAttribute("sent", true);
        return "portal/sign-in";
    }

    @GetMapping("/sign-in/confirm")
    String confirmPage(@PathVariable String workspace, @RequestParam(defaultValue = "") String token, Model model) {
        var portal = session.portal(workspace);
        PortalModel.fill(model, portal, session.current(portal), "sign-in");
        model.addAttribute("token", token.length() > 100 ? "" : token);
        return "portal/confirm";
    }

    @PostMapping("/sign-in/confirm")
    Object confirm(
            @PathVariable String workspace,
            @RequestParam(defaultValue = "") String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var portal = session.portal(workspace);
        var redeemed = token.length() > 100 ? java.util.Optional.<SignInLinks.Redeemed>empty() : links.redeem(portal, token);
        if (redeemed.isEmpty()) {
            response.setStatus(400);
            PortalModel.fill(model, portal, session.current(portal), "sign-in");
            model.addAttribute("next", null);
            model.addAttribute("error", "This sign-in link was used already or has expired. Ask for a new one.");
            return "portal/sign-in";
        }
        session.signIn(request, response, redeemed.get().user());
        var next = redeemed.get().next();
        return new RedirectView(next != null ? next : "/p/" + portal.slug());
    }

    @PostMapping("/sign-out")
    RedirectView signOut(@PathVariable String workspace, HttpServletRequest request) {
        var portal = session.portal(workspace);
        session.signOut(request);
        return new RedirectView("/p/" + portal.slug());
    }
}
