package org.frontline;

import org.frontline.testing.Postgres;
import org.frontline.testing.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pipeline contract on PostgreSQL, the production system of record, in a schema of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RequiresPostgres
class PipelineOnPostgresIntegrationTests extends PipelineContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.useFreshSchema(registry);
    }
}
