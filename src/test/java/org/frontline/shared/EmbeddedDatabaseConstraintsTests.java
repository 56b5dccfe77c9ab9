package org.frontline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database keeps enforcing the schema's check constraints after the connection that created them is
 * closed, as a pool does with the migration's connection. H2 2.4.240 failed here: a check with a list of values then
 * answered "The database has been closed" for every insert, so a fresh install could not start a retraining job until
 * it was restarted.
 */
class EmbeddedDatabaseConstraintsTests {

    @Test
    void listConstraintsStillAcceptAndRefuseAfterTheMigratingConnectionCloses() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:constraints-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        // Flyway opens its own connections and closes them when it is done; every JdbcClient call below opens another.
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        var jdbc = JdbcClient.create(h2);

        insertJob(jdbc, "RUNNING");
        assertThat(jdbc.sql("select status from classify_retraining_job").query(String.class).single())
                .isEqualTo("RUNNING");
        assertThatThrownBy(() -> insertJob(jdbc, "PAUSED"))
                .as("a status outside the list is still refused")
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("classify_retraining_job_status");
    }

    private static void insertJob(JdbcClient jdbc, String status) {
        var now = OffsetDateTime.now();
        jdbc.sql("insert into classify_retraining_job (id, workspace_id, status, step, percent, started_by,"
                        + " intent_corrections, rudeness_corrections, started_at, updated_at)"
                        + " values (?, ?, ?, 'queued', 0, 'lead@example.com', 0, 0, ?, ?)")
                .params(UUID.randomUUID(), UUID.randomUUID(), status, now, now)
                .update();
    }
}
