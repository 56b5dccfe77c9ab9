package org.frontline.testing;

import java.util.Locale;
import java.util.UUID;
import org.frontline.matching.TrackingQueries;
import org.frontline.routing.Teams;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.ApiTokens;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAdministration;
import org.springframework.context.ApplicationContext;

/**
 * Makes a fresh workspace per test, with a default team, an admin token and a signed-up admin, through the
 * same public APIs the product uses. Fresh workspaces keep tests independent without cleaning tables.
 */
public final class TestWorkspaces {

    public record TestWorkspace(WorkspaceId id, String slug, String token, String adminEmail, String adminPassword) {}

    private final ApplicationContext context;

    public TestWorkspaces(ApplicationContext context) {
        this.context = context;
    }

    public TestWorkspace create() {
        var slug = "ws-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        var administration = context.getBean(WorkspaceAdministration.class);
        var id = administration.createWorkspace(slug, "Workspace " + slug);
        context.getBean(Teams.class).create(id, "Support", true);
        var token = context.getBean(ApiTokens.class).issue(id, "tests", Role.ADMIN).plainToken();
        var email = slug + "@frontline.test";
        var password = "password-" + slug;
        var user = administration.createUser(email, "Admin " + slug, password);
        administration.grant(user, id, Role.ADMIN);
        return new TestWorkspace(id, slug, token, email, password);
    }

    public TestWorkspace createWithQuery(String name, String query) {
        var workspace = create();
        context.getBean(TrackingQueries.class).create(workspace.id(), name, query);
        return workspace;
    }
}
