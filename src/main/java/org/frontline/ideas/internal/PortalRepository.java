package org.frontline.ideas.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idea_portal table: one row per workspace whose admin opened its portal. */
@Repository
public class PortalRepository {

    public record Logo(byte[] bytes, String contentType) {}

    private static final String COLUMNS = "workspace_id, slug, title, tagline, accent_color, logo_type";

    private final JdbcClient jdbc;

    PortalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Portal> findBySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from idea_portal where slug = ?")
                .param(slug)
                .query(PortalRepository::row)
                .optional();
    }

    public Optional<Portal> find(WorkspaceId workspace) {
        return jdbc.sql("select " + COLUMNS + " from idea_portal where workspace_id = ?")
                .param(workspace.value())
                .query(PortalRepository::row)
                .optional();
    }

    /** Opens the portal, or updates its name, tagline and colour when it is open already. */
    public void save(WorkspaceId workspace, String slug, String title, @Nullable String tagline, String color, Instant now) {
        var updated = jdbc.sql("update idea_portal set title = ?, tagline = ?, accent_color = ? where workspace_id = ?")
                .params(title, tagline, color, workspace.value())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into idea_portal (workspace_id, slug, title, tagline, accent_color, opened_at)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(workspace.value(), slug, title, tagline, color, now.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    public void saveLogo(WorkspaceId workspace, @Nullable Logo logo) {
        jdbc.sql("update idea_portal set logo = ?, logo_type = ? where workspace_id = ?")
                .params(logo == null ? null : logo.bytes(), logo == null ? null : logo.contentType(), workspace.value())
                .update();
    }

    public Optional<Logo> logo(WorkspaceId workspace) {
        return jdbc.sql("select logo, logo_type from idea_portal where workspace_id = ? and logo is not null")
                .param(workspace.value())
                .query((rs, i) -> new Logo(rs.getBytes("logo"), rs.getString("logo_type")))
                .optional();
    }

    private static Portal row(ResultSet rs, int i) throws SQLException {
        return new Portal(
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("tagline"),
                rs.getString("accent_color"),
                rs.getString("logo_type") != null);
    }
}
