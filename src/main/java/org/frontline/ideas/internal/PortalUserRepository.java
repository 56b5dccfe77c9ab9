package org.frontline.ideas.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.shared.WorkspaceId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The portal_user table. Addresses are stored lower-cased; every method is scoped by workspace. */
@Repository
public class PortalUserRepository {

    private static final String COLUMNS = "id, workspace_id, email, display_name";

    private final JdbcClient jdbc;

    PortalUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The account of this address, created with {@code displayName} when it is the first sign-in. */
    public PortalUser findOrCreate(WorkspaceId workspace, String email, String displayName, Instant now) {
        var existing = findByEmail(workspace, email);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbc.sql("insert into portal_user (id, workspace_id, email, display_name, created_at) values (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), workspace.value(), normalize(email), displayName, now.atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException raced) {
            // The same link clicked twice at once: the other request created it.
        }
        return findByEmail(workspace, email).orElseThrow();
    }

    public Optional<PortalUser> findByEmail(WorkspaceId workspace, String email) {
        return jdbc.sql("select " + COLUMNS + " from portal_user where workspace_id = ? and email = ?")
                .params(workspace.value(), normalize(email))
                .query(PortalUserRepository::row)
                .optional();
    }

    public Optional<PortalUser> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from portal_user where workspace_id = ? and id = ?")
                .params(workspace.value(), id)
                .query(PortalUserRepository::row)
                .optional();
    }

    public Map<UUID, PortalUser> findAll(WorkspaceId workspace, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLUMNS + " from portal_user where workspace_id = :ws and id in (:ids)")
                .param("ws", workspace.value())
                .param("ids", List.copyOf(ids))
                .query(PortalUserRepository::row)
                .list()
                .stream()
                .collect(Collectors.toMap(PortalUser::id, Function.identity()));
    }

    private static PortalUser row(ResultSet rs, int i) throws SQLException {
        return new PortalUser(
                rs.getObject("id", UUID.class),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getString("email"),
                rs.getString("display_name"));
    }
}
