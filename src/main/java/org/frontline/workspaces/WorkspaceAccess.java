package org.frontline.workspaces;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves a workspace slug from a URL into the workspace the current caller was granted. Every page and
 * API endpoint that names a workspace goes through here first.
 */
@Component
public class WorkspaceAccess {

    private final JdbcClient jdbc;

    WorkspaceAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The workspace, if the caller holds at least {@code atLeast} there.
     *
     * @throws WorkspaceNotFound when it does not exist or was not granted (indistinguishable on purpose)
     * @throws RoleTooLow when it was granted with a lesser role
     */
    public WorkspaceRef require(String slug, Role atLeast) {
        var ref = find(currentAuthentication(), slug).orElseThrow(() -> new WorkspaceNotFound(slug));
        if (!ref.role().includes(atLeast)) {
            throw new RoleTooLow(atLeast);
        }
        return ref;
    }

    /** The workspaces the signed-in person may open, by name. Never null. */
    public List<WorkspaceRef> visible() {
        var auth = currentAuthentication();
        if (auth == null) {
            return List.of();
        }
        if (auth.getPrincipal() instanceof TokenPrincipal token) {
            return jdbc.sql("select id, slug, name from workspace where id = ?")
                    .param(token.workspace().value())
                    .query((rs, i) -> ref(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"), token.role()))
                    .list();
        }
        return jdbc.sql(
                        """
                        select w.id, w.slug, w.name, m.role from workspace w
                        join membership m on m.workspace_id = w.id
                        join app_user u on u.id = m.user_id
                        where u.email = ? order by w.name""")
                .param(auth.getName())
                .query((rs, i) -> ref(
                        rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"), Role.parse(rs.getString("role"))))
                .list();
    }

    private Optional<WorkspaceRef> find(Authentication auth, String slug) {
        if (auth == null) {
            return Optional.empty();
        }
        return visible().stream().filter(ref -> ref.slug().equals(slug)).findFirst();
    }

    private static WorkspaceRef ref(UUID id, String slug, String name, Role role) {
        return new WorkspaceRef(new WorkspaceId(id), slug, name, role);
    }

    private static Authentication currentAuthentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
