package org.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.frontline.testing.Postgres;
import org.frontline.testing.RequiresPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Upgrading a database whose posts carry their search keys in the post row: the keys move to post_search_keys, on H2
 * and on PostgreSQL; posts stored without keys keep having none, and a post's keys go when the post goes.
 */
class SearchKeysMigrationTests {

    private static final UUID WORKSPACE = UUID.randomUUID();
    private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 11, 20, 10, 15, 0, 0, ZoneOffset.UTC);

    @Test
    void existingPostsKeepTheirKeysAndLoseThemWithThePostOnH2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        upgradeAndCheck(h2);
    }

    @Test
    @RequiresPostgres
    void existingPostsKeepTheirKeysAndLoseThemWithThePostOnPostgres() {
        upgradeAndCheck(new DriverManagerDataSource(Postgres.freshSchemaUrl(), Postgres.USER, ""));
    }

    private static void upgradeAndCheck(DataSource dataSource) {
        migrate(dataSource, "135");
        var jdbc = JdbcClient.create(dataSource);
        var keyed = post(jdbc, "p1", " refund please =lang:en ");
        var keyless = post(jdbc, "p2", null);

        migrate(dataSource, "latest");

        assertThat(keys(jdbc, keyed)).isEqualTo(" refund please =lang:en ");
        assertThat(jdbc.sql("select search_keys is null from post_search_keys where post_id = ?")
                .param(keyless).query(Boolean.class).single())
                .as("a post stored without keys keeps a row without keys, so it stays a candidate for every search")
                .isTrue();
        assertThat(jdbc.sql("select workspace_id, received_at from post_search_keys where post_id = ?")
                .param(keyed)
                .query((rs, i) -> rs.getObject(1, UUID.class) + " " + rs.getObject(2, OffsetDateTime.class).toInstant())
                .single())
                .isEqualTo(WORKSPACE + " " + RECEIVED.toInstant());
        assertThat(jdbc.sql("select count(*) from information_schema.columns where lower(table_name) = 'post' and lower(table_schema) = lower(current_schema)"
                        + " and lower(column_name) = 'search_keys'")
                .query(Long.class).single())
                .as("the post row no longer carries the keys")
                .isZero();

        jdbc.sql("delete from post where id = ?").param(keyed).update();
        assertThat(jdbc.sql("select count(*) from post_search_keys where post_id = ?").param(keyed).query(Long.class).single())
                .as("deleting a post deletes its keys")
                .isZero();
        assertThatThrownBy(() -> jdbc.sql("insert into post_search_keys (post_id, workspace_id, received_at, search_keys)"
                        + " values (?, ?, ?, ' orphan ')")
                .params(UUID.randomUUID(), WORKSPACE, RECEIVED).update())
                .as("there are no keys without a post")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static UUID post(JdbcClient jdbc, String externalId, String searchKeys) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into post (id, workspace_id, channel, external_id, author_handle, text, created_at, received_at,"
                        + " search_keys) values (?, ?, 'mastodon', ?, 'ana', 'Refund please', ?, ?, ?)")
                .params(id, WORKSPACE, externalId, RECEIVED, RECEIVED, searchKeys)
                .update();
        return id;
    }

    private static String keys(JdbcClient jdbc, UUID post) {
        return jdbc.sql("select search_keys from post_search_keys where post_id = ?").param(post).query(String.class).single();
    }

    private static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }
}
