package org.frontline.channels.webhook;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.frontline.channels.internal.SecretBox;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 90: webhook secrets were stored as they are (V32); this seals every one with the
 * {@link SecretBox} into {@code secret_sealed} and drops the plain column.
 *
 * <p>Why a migration rather than a re-encryption step at startup: Flyway runs it once, under its lock, before
 * any request is served, so no node ever checks a signature against a plain row and two nodes starting at once
 * cannot both seal the same row. And because every row is sealed in the same step, the plain column can go at
 * once: no plaintext stays on disk and no code has to read both forms for ever. It is a Spring bean (Boot hands
 * {@code JavaMigration} beans to Flyway) because sealing needs the configured key.
 *
 * <p>It can run again after a failure half-way (H2 commits each DDL statement on its own; PostgreSQL runs it in
 * one transaction): the column is added only if missing, only rows not yet sealed are sealed, and the plain
 * column is dropped only if it is still there.
 */
@Component
class WebhookSecretSealing implements JavaMigration {

    private final SecretBox secrets;

    WebhookSecretSealing(SecretBox secrets) {
        this.secrets = secrets;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("90");
    }

    @Override
    public String getDescription() {
        return "channels seal webhook secrets";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        execute(connection, "alter table webhook_source add column if not exists secret_sealed varchar(400)");
        if (hasPlainColumn(connection)) {
            sealPlainSecrets(connection);
            execute(connection, "alter table webhook_source drop column secret");
        }
        execute(connection, "alter table webhook_source alter column secret_sealed set not null");
    }

    private void sealPlainSecrets(Connection connection) throws SQLException {
        var plain = new LinkedHashMap<UUID, String>();
        try (var select = connection.prepareStatement("select id, secret from webhook_source where secret_sealed is null");
                var rows = select.executeQuery()) {
            while (rows.next()) {
                plain.put(rows.getObject(1, UUID.class), rows.getString(2));
            }
        }
        try (var update = connection.prepareStatement("update webhook_source set secret_sealed = ? where id = ? and secret_sealed is null")) {
            for (var row : plain.entrySet()) {
                update.setString(1, secrets.seal(row.getValue(), WebhookSource.secretContext(row.getKey())));
                update.setObject(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static boolean hasPlainColumn(Connection connection) throws SQLException {
        // Scoped to the current schema: PostgreSQL tests give each context a schema of its own.
        try (var columns = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), "webhook_source", "secret")) {
            return columns.next();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
