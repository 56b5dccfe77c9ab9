package org.frontline.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.frontline.FrontlineApplication;
import org.frontline.ingest.Posts;
import org.frontline.shared.WorkspaceId;
import org.frontline.testing.Postgres;
import org.frontline.testing.RequiresPostgres;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database written by a version that stored webhook secrets as they are: the upgrade seals them, drops the
 * plain column, and the sending system's existing signatures keep working without any change on its side.
 */
class WebhookSecretUpgradeTests {

    private static final String PLAIN_SECRET = "whsec_written-by-the-previous-version-0123456789";
    private static final String USER = "sa";

    @Test
    void plainSecretsOfAnEmbeddedDatabaseAreSealedOnUpgradeAndStillVerify() throws SQLException {
        var url = "jdbc:h2:mem:upgrade-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        upgradeKeepsTheSenderWorking(url, USER);
    }

    @Nested
    @RequiresPostgres
    class OnPostgres {
        @Test
        void plainSecretsOfAPostgresDatabaseAreSealedOnUpgradeAndStillVerify() throws SQLException {
            upgradeKeepsTheSenderWorking(Postgres.freshSchemaUrl(), Postgres.USER);
        }
    }

    private static void upgradeKeepsTheSenderWorking(String url, String user) throws SQLException {
        migrateAsThePreviousVersion(url, user);
        var workspace = UUID.randomUUID();
        var slug = "up-" + workspace.toString().substring(0, 8);
        insertAsThePreviousVersionDid(url, user, workspace, slug);

        try (var app = new SpringApplicationBuilder(FrontlineApplication.class).profiles("test").run("--server.port=-1",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--spring.datasource.password=")) {
            var jdbc = app.getBean(JdbcClient.class);
            var receiver = app.getBean(WebhookReceiver.class);
            var sealed = jdbc.sql("select secret_sealed from webhook_source where workspace_id = ?").param(workspace).query(String.class).single();
            var body = "{\"text\": \"Acme, my order never came\", \"id\": \"L-1\"}".getBytes(StandardCharsets.UTF_8);
            var now = Instant.now().getEpochSecond();

            var receipt = receiver.receive(slug, "legacy", Long.toString(now), WebhookSignature.sign(PLAIN_SECRET, now, body), "up-1", body);

            assertThat(sealed).startsWith("v1:").doesNotContain(PLAIN_SECRET);
            assertThatThrownBy(() -> jdbc.sql("select secret from webhook_source").query(String.class).list())
                    .isInstanceOf(BadSqlGrammarException.class);
            assertThat(receipt.duplicate()).isFalse();
            assertThat(receipt.posts()).hasSize(1);
            assertThat(app.getBean(Posts.class).count(new WorkspaceId(workspace))).isEqualTo(1);
            assertThatThrownBy(() -> receiver.receive(slug, "legacy", Long.toString(now), WebhookSignature.sign("guessed", now, body), "up-2", body))
                    .isInstanceOf(WebhookRefused.class);
        }
    }

    /** Every migration below 90 (the sealing one), as a database of the previous version has them. */
    private static void migrateAsThePreviousVersion(String url, String user) {
        var sealing = MigrationVersion.fromVersion("90");
        var previous = Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().info().all();
        var latest = Arrays.stream(previous).map(MigrationInfo::getVersion).filter(v -> v.compareTo(sealing) < 0)
                .max(MigrationVersion::compareTo).orElseThrow();
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").target(latest).load().migrate();
    }

    private static void insertAsThePreviousVersionDid(String url, String user, UUID workspace, String slug) throws SQLException {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        try (var connection = DriverManager.getConnection(url, user, "");
                var ws = connection.prepareStatement("insert into workspace (id, slug, name, created_at) values (?, ?, ?, ?)");
                var hook = connection.prepareStatement("""
                        insert into webhook_source (id, workspace_id, name, secret, text_pointer, id_pointer, created_at)
                        values (?, ?, 'legacy', ?, '/text', '/id', ?)""")) {
            ws.setObject(1, workspace);
            ws.setString(2, slug);
            ws.setString(3, "Upgraded");
            ws.setObject(4, now);
            ws.executeUpdate();
            hook.setObject(1, UUID.randomUUID());
            hook.setObject(2, workspace);
            hook.setString(3, PLAIN_SECRET);
            hook.setObject(4, now);
            hook.executeUpdate();
        }
    }
}
