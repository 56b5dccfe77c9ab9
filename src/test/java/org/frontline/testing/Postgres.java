package org.frontline.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The machine's PostgreSQL (trust authentication on our machines and in CI). Each test context gets a fresh
 * schema, so runs never see each other's data and need no cleaning.
 */
public final class Postgres {

    public static final String BASE_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String USER = "postgres";

    private Postgres() {}

    static boolean available() {
        try (var connection = DriverManager.getConnection(BASE_URL + "?connectTimeout=3", USER, "")) {
            return connection.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates a new empty schema and returns a JDBC URL that works in it. */
    public static String freshSchemaUrl() {
        var schema = "ft_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (var connection = DriverManager.getConnection(BASE_URL, USER, "");
                var statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test schema in PostgreSQL", e);
        }
        return BASE_URL + "?currentSchema=" + schema;
    }

    /** Points a Spring test context's data source at a fresh schema (from a {@code @DynamicPropertySource} method). */
    public static void useFreshSchema(DynamicPropertyRegistry registry) {
        var url = freshSchemaUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
    }
}
