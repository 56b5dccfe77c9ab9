package org.frontline.classify;

import org.frontline.testing.Postgres;
import org.frontline.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The external classifier's behaviour and settings table on PostgreSQL, in a schema of its own. */
@RequiresPostgres
class ExternalClassifierOnPostgresIntegrationTests extends ExternalClassifierIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.useFreshSchema(registry);
    }
}
