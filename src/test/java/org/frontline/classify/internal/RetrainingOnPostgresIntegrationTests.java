package org.frontline.classify.internal;

import org.frontline.testing.Postgres;
import org.frontline.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Retraining's jobs, figures, one-running-job key and stored models on PostgreSQL, in a schema of its own. */
@RequiresPostgres
class RetrainingOnPostgresIntegrationTests extends RetrainingIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.useFreshSchema(registry);
    }
}
