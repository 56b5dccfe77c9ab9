package org.frontline.channels.web;

import java.security.Principal;
import java.time.Clock;
import java.util.UUID;
import org.frontline.channels.bluesky.BlueskyConnector;
import org.frontline.channels.hackernews.HackerNewsConnector;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.channels.reddit.RedditConnector;
import org.frontline.channels.mastodon.MastodonAuthorization;
import org.frontline.channels.mastodon.MastodonConnector;
import org.frontline.channels.social.Network;
import org.frontline.channels.social.SocialConnection;
import org.frontline.channels.social.SocialConnections;
import org.frontline.channels.x.XConnector;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.frontline.workspaces.WorkspaceNotFound;
import org.frontline.workspaces.WorkspaceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The social networks part of the Channels page (loaded into it as a fragment): each connection with its
 * health and rate-limit state, a test-connection button, and the forms to connect accounts. Credentials
 * go in through these forms and never come back out.
 */
@Controller
@RequestMapping("/w/{workspace}/channels/social")
class SocialConnectionPages {

    private final WorkspaceAccess access;
    private final SocialConnections connections;
    private final MastodonConnector mastodon;
    private final MastodonAuthorization mastodonAuthorization;
    private final BlueskyConnector bluesky;
    private final HackerNewsConnector hackerNews;
    private final RedditConnector reddit;
    private final XConnector x;
    private final Clock clock;

    SocialConnectionPages(WorkspaceAccess access, SocialConnections connections, MastodonConnector mastodon,
            MastodonAuthorization mastodonAuthorization, BlueskyConnector bluesky, HackerNewsConnector hackerNews, RedditConnector reddit,
            XConnector x, Clock clock) {
        this.access = access;
        this.connections = connections;
        this.mastodon = mastodon;
        this.mastodonAuthorization = mastodonAuthorization;
        this.bluesky = bluesky;
        this.hackerNews = hackerNews;
        this.reddit = reddit;
        this.x = x;
        this.clock = clock;
    }

    @GetMapping
    String fragment(@PathVariable String workspace, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        model.addAttribute("workspace", scope);
        var list = connections.list(scope.id());
        model.addAttribute("connections", list);
        model.addAttribute("health", HealthView.byId(list, SocialConnection::id, c -> HealthView.of(c.health(), clock.instant())));
        model.addAttribute("subreddits", list.stream().filter(c -> c.network() == Network.REDDIT)
                .collect(java.util.stream.Collectors.toMap(SocialConnection::id, c -> String.join(", ", reddit.subreddits(c)))));
        model.addAttribute("canEdit", scope.role().includes(Role.ADMIN));
        return "channels-social :: social";
    }

    @PostMapping("/mastodon")
    String connectMastodon(@PathVariable String workspace, @RequestParam String instance, @RequestParam String token,
            RedirectAttributes redirect) {
        var scope = admin(workspace);
        try {
            var connection = mastodon.connect(scope.id(), instance, token);
            redirect.addFlashAttribute("notice", "Connected " + connection.label() + ".");
        } catch (SourceRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(scope);
    }

    /**
     * Starts the OAuth connection: Frontline registers itself on the instance, then a page sends the browser
     * there (a form may not redirect to another site under the page's form-action 'self' policy).
     */
    @PostMapping("/mastodon/authorize")
    String authorizeMastodon(@PathVariable String workspace, @RequestParam String instance, Principal user, Model model,
            RedirectAttributes redirect) {
        var scope = admin(workspace);
        try {
            var authorize = mastodonAuthorization.begin(scope.id(), instance, callback(scope), user.getName());
            model.addAttribute("authorizeUrl", authorize.toString());
            model.addAttribute("instanceHost", authorize.getHost());
            return "channels-mastodon-authorize";
        } catch (SourceRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return back(scope);
        }
    }

    /** Where the instance sends the user back, with {@code code} and {@code state}, or {@code error}. */
    @GetMapping("/mastodon/callback")
    String mastodonCallback(@PathVariable String workspace, @RequestParam(defaultValue = "") String state,
            @RequestParam(required = false) String code, @RequestParam(required = false) String error, Principal user,
            RedirectAttributes redirect) {
        var scope = admin(workspace);
        try {
            var connection = mastodonAuthorization.complete(scope.id(), state, code, error, user.getName());
            redirect.addFlashAttribute("notice", "Connected " + connection.label() + ".");
        } catch (SourceRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(scope);
    }

    @PostMapping("/bluesky")
    String connectBluesky(@PathVariable String workspace, @RequestParam(defaultValue = "") String pds, @RequestParam String handle,
            @RequestParam String appPassword, RedirectAttributes redirect) {
        var scope = admin(workspace);
        try {
            var connection = bluesky.connect(scope.id(), pds, handle, appPassword);
            redirect.addFlashAttribute("notice", "Connected " + connection.label() + ".");
        } catch (SourceRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(scope);
    }

    @PostMapping("/hackernews")
    String followHackerNews(@PathVariable String workspace, RedirectAttributes redirect) {
        var scope = admin(workspace);
        try {
            hackerNews.connect(scope.id());
            redirect.addFlashAttribute("notice", "Following Hacker News for the tracked terms.");
        } catch (SourceRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(scope);
    }

    @PostMapping("/reddit")
    String connectReddit(@PathVariable String workspace, @RequestParam String clientId, @RequestParam String clientSecret,
            @RequestParam String username, @RequestParam String password, @RequestParam(defaultValue = "") String subreddits,
            RedirectAttributes redirect) {
        var scope = admin(workspace);
        try {
            var connection = reddit.connect(scope.id(), clientId, clientSecret, username, password, subreddits);
            redirect.addFlashAttribute("notice", "Connected " + connection.label() + ".");
        } catch (SourceRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(scope);
    }

    @PostMapping("/x")
    String connectX(@PathVariable String workspace, @RequestParam(defaultValue = "") String bearerToken, @RequestParam String userToken,
            @RequestParam String tier, RedirectAttributes redirect) {
        var scope = admin(workspace);
        try {
            var connection = x.connect(scope.id(), bearerToken, userToken, tier);
            redirect.addFlashAttribute("notice", "Connected " + connection.label() + ".");
        } catch (SourceRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(scope);
    }

    @PostMapping("/{id}/subreddits")
    String setSubreddits(@PathVariable String workspace, @PathVariable UUID id, @RequestParam(defaultValue = "") String subreddits,
            RedirectAttributes redirect) {
        var scope = admin(workspace);
        var connection = connections.find(scope.id(), id).filter(c -> c.network() == Network.REDDIT)
                .orElseThrow(() -> new WorkspaceNotFound(workspace));
        try {
            var names = reddit.setSubreddits(connection, subreddits);
            redirect.addFlashAttribute("notice", names.isEmpty() ? "No subreddit is read in full." : "Reading r/" + String.join(", r/", names) + ".");
        } catch (SourceRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(scope);
    }

    @PostMapping("/{id}/test")
    String test(@PathVariable String workspace, @PathVariable UUID id, RedirectAttributes redirect) {
        var scope = admin(workspace);
        var connection = connections.find(scope.id(), id).orElseThrow(() -> new WorkspaceNotFound(workspace));
        try {
            var outcome = switch (connection.network()) {
                case MASTODON -> mastodon.test(connection);
                case BLUESKY -> bluesky.test(connection);
                case HACKERNEWS -> hackerNews.test(connection);
                case REDDIT -> reddit.test(connection);
                case X -> x.test(connection);
            };
            redirect.addFlashAttribute("notice", outcome);
        } catch (SourceRefused e) {
            redirect.addFlashAttribute("error", connection.label() + ": " + e.getMessage());
        }
        return back(scope);
    }

    @PostMapping("/{id}/delete")
    String remove(@PathVariable String workspace, @PathVariable UUID id, RedirectAttributes redirect) {
        var scope = admin(workspace);
        connections.remove(scope.id(), id);
        redirect.addFlashAttribute("notice", "Connection removed; its stored credentials are deleted.");
        return back(scope);
    }

    private WorkspaceRef admin(String workspace) {
        return access.require(workspace, Role.ADMIN);
    }

    /** The callback address registered on the instance; behind a proxy, set server.forward-headers-strategy. */
    private static String callback(WorkspaceRef scope) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/w/{workspace}/channels/social/mastodon/callback")
                .buildAndExpand(scope.slug()).toUriString();
    }

    private static String back(WorkspaceRef scope) {
        return "redirect:/w/" + scope.slug() + "/channels";
    }
}
