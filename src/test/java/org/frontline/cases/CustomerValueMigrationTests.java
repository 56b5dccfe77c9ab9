package org.frontline.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.frontline.testing.Postgres;
import org.frontline.testing.RequiresPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Upgrading a database where customer values lived on portal accounts: they move to contacts, on H2 and on
 * PostgreSQL, and nothing else changes.
 */
class CustomerValueMigrationTests {

    private static final UUID WORKSPACE = UUID.randomUUID();

    @Test
    void valuesMoveFromPortalAccountsToContactsOnH2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        upgradeAndCheck(h2);
    }

    @Test
    @RequiresPostgres
    void valuesMoveFromPortalAccountsToContactsOnPostgres() {
        upgradeAndCheck(new DriverManagerDataSource(Postgres.freshSchemaUrl(), Postgres.USER, ""));
    }

    private static void upgradeAndCheck(DataSource dataSource) {
        migrate(dataSource, "80");
        var jdbc = JdbcClient.create(dataSource);
        var known = UUID.randomUUID();
        jdbc.sql("insert into contact (id, workspace_id, name, created_at) values (?, ?, 'Known Kim', current_timestamp)")
                .params(known, WORKSPACE).update();
        jdbc.sql("insert into contact_identity (workspace_id, channel, handle, contact_id, email) values (?, 'email', 'kim@up.test', ?, 'kim@up.test')")
                .params(WORKSPACE, known).update();
        var vip = portalUser(jdbc, "Vip@Up.test", "Vip", 5);
        portalUser(jdbc, "kim@up.test", "Kim", 3);
        var ordinary = portalUser(jdbc, "joe@up.test", "Joe", 1);

        migrate(dataSource, "latest");

        assertThat(value(jdbc, known)).as("an existing contact takes the account's value").isEqualTo(3.0);
        assertThat(value(jdbc, vip)).as("a valued account without a contact becomes one").isEqualTo(5.0);
        assertThat(jdbc.sql("select contact_id from contact_identity where workspace_id = ? and email = 'vip@up.test'")
                .param(WORKSPACE).query(UUID.class).single()).isEqualTo(vip);
        assertThat(jdbc.sql("select count(*) from contact where id = ?").param(ordinary).query(Long.class).single())
                .as("an ordinary account needs no contact").isZero();
        assertThat(jdbc.sql("select count(*) from portal_user").query(Long.class).single()).isEqualTo(3);
    }

    private static UUID portalUser(JdbcClient jdbc, String email, String name, double value) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into portal_user (id, workspace_id, email, display_name, customer_value, created_at) values (?, ?, ?, ?, ?, current_timestamp)")
                .params(id, WORKSPACE, email.toLowerCase(java.util.Locale.ROOT), name, value).update();
        return id;
    }

    private static double value(JdbcClient jdbc, UUID contact) {
        return jdbc.sql("select customer_value from contact where id = ?").param(contact).query(Double.class).single();
    }

    private static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }
}
