package org.frontline.ideas;

import org.frontline.testing.Postgres;
import org.frontline.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same moderation, listing, ranking and feed tests on PostgreSQL, in a schema of their own. */
@RequiresPostgres
class ModerationOnPostgresIntegrationTests extends ModerationIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.useFreshSchema(registry);
    }
}
