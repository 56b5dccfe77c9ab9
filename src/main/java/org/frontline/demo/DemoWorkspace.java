package org.frontline.demo;

import java.util.Optional;
import org.frontline.matching.TrackingQueries;
import org.frontline.routing.Teams;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.ApiTokens;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the demo workspace {@code acme} once; later starts find it and leave it as the users changed it. */
@Component
class DemoWorkspace {

    static final String SLUG = "acme";

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

    private final WorkspaceAdministration administration;
    private final TrackingQueries queries;
    private final Teams teams;
    private final ApiTokens tokens;
    private final DemoProperties properties;
    private final DemoRouting routing;

    DemoWorkspace(
            WorkspaceAdministration administration,
            TrackingQueries queries,
            Teams teams,
            ApiTokens tokens,
            DemoProperties properties,
            DemoRouting routing) {
        this.administration = administration;
        this.queries = queries;
        this.teams = teams;
        this.tokens = tokens;
        this.properties = properties;
        this.routing = routing;
    }

    /** The demo workspace, created on the first call. */
    @Transactional
    WorkspaceId ensure() {
        Optional<WorkspaceId> existing = administration.findWorkspace(SLUG);
        if (existing.isPresent()) {
            return existing.get();
        }
        var workspace = administration.createWorkspace(SLUG, "Acme");
        var admin = administration.createUser(properties.adminEmail(), "Acme Admin", properties.adminPassword());
        administration.grant(admin, workspace, Role.ADMIN);
        var support = teams.create(workspace, "Support", true);
        queries.create(workspace, "Acme", "acme");
        var billing = queries.create(workspace, "Billing and refunds",
                "acme AND (refund OR refunds OR refunded OR charged OR invoice OR billing OR chargeback OR \"money back\""
                        + " OR remboursement OR rembourse OR reembolso OR erstattung OR rückerstattung)");
        var outages = queries.create(workspace, "Outages",
                "acme AND (down OR outage OR offline OR \"not working\" OR broken OR panne OR ausfall OR caído)");
        queries.create(workspace, "Competitors", "globex OR initech");
        routing.setUp(workspace, support, billing.id(), outages.id());
        if (!properties.bootstrapToken().isBlank()) {
            tokens.register(workspace, "bootstrap", Role.ADMIN, properties.bootstrapToken());
            log.info("Registered the bootstrap API token (admin) for workspace '{}'", SLUG);
        }
        log.info("Created the demo workspace '{}'", SLUG);
        return workspace;
    }
}
