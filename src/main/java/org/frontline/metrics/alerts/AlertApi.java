package org.frontline.metrics.alerts;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontline.web.FieldProblem;
import org.frontline.web.InvalidRequest;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/workspaces/{workspace}/alerts}: the recent alerts with the count not yet seen (the badge), and
 * where alerts go (admins change it; a webhook must be an http(s) URL, the e-mail an address).
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/alerts")
class AlertApi {

    record DestinationsBody(@Nullable String email, @Nullable String webhookUrl) {}

    private final WorkspaceAccess access;
    private final AlertRepository alerts;
    private final AlertSettings settings;

    AlertApi(WorkspaceAccess access, AlertRepository alerts, AlertSettings settings) {
        this.access = access;
        this.alerts = alerts;
        this.settings = settings;
    }

    @GetMapping
    Map<String, Object> recent(@PathVariable String workspace) {
        var scope = access.require(workspace, Role.VIEWER);
        return Map.of("unseen", alerts.unseen(scope.id().value()), "items", alerts.recent(scope.id().value(), 100));
    }

    @GetMapping("/settings")
    Map<String, Object> destinations(@PathVariable String workspace) {
        var current = settings.of(access.require(workspace, Role.ADMIN).id());
        // The webhook URL is a secret (anyone holding it can post to the channel): only whether it is set.
        return Map.of("email", current.email() == null ? "" : current.email(), "webhookConfigured", current.webhookUrl() != null);
    }

    @PutMapping("/settings")
    Map<String, Object> change(@PathVariable String workspace, @RequestBody DestinationsBody body) {
        var scope = access.require(workspace, Role.ADMIN);
        var problems = new ArrayList<FieldProblem>();
        var email = AlertSettings.present(body.email()).map(String::strip).orElse(null);
        if (email != null && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(new FieldProblem("email", "must be an e-mail address"));
        }
        var webhook = AlertSettings.present(body.webhookUrl()).map(String::strip).orElse(null);
        if (webhook != null && !webUrl(webhook)) {
            problems.add(new FieldProblem("webhookUrl", "must be an http(s) URL"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(List.copyOf(problems));
        }
        settings.save(scope.id(), new AlertSettings.Destinations(email, webhook));
        return Map.of("email", email == null ? "" : email, "webhookConfigured", webhook != null);
    }

    private static boolean webUrl(String value) {
        try {
            var uri = URI.create(value);
            return value.length() <= 2000 && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
