package org.frontline.workspaces;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates workspaces and people and grants roles. Used by setup and the demo; idempotent lookups by slug and e-mail. */
@Component
public class WorkspaceAdministration {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    WorkspaceAdministration(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    public WorkspaceId createWorkspace(String slug, String name) {
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A workspace slug is 2-63 lower-case letters, digits or dashes");
        }
        var id = new WorkspaceId(UUID.randomUUID());
        jdbc.sql("insert into workspace (id, slug, name, created_at) values (?, ?, ?, ?)")
                .params(id.value(), slug, name, clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .update();
        return id;
    }

    public Optional<WorkspaceId> findWorkspace(String slug) {
        return jdbc.sql("select id from workspace where slug = ?")
                .param(slug)
                .query(UUID.class)
                .optional()
                .map(WorkspaceId::new);
    }

    /** The slug of a workspace, for links in messages. */
    public Optional<String> slugOf(WorkspaceId workspace) {
        return jdbc.sql("select slug from workspace where id = ?").param(workspace.value()).query(String.class).optional();
    }

    /** Creates a person who signs in with e-mail and password; the password is stored only as a hash. */
    @Transactional
    public UUID createUser(String email, String displayName, String rawPassword) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into app_user (id, email, display_name, password_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(id, email.trim().toLowerCase(java.util.Locale.ROOT), displayName, passwords.encode(rawPassword),
                        clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .update();
        return id;
    }

    @Transactional
    public void grant(UUID userId, WorkspaceId workspace, Role role) {
        jdbc.sql("delete from membership where user_id = ? and workspace_id = ?")
                .params(userId, workspace.value())
                .update();
        jdbc.sql("insert into membership (user_id, workspace_id, role) values (?, ?, ?)")
                .params(userId, workspace.value(), role.name())
                .update();
    }
}
