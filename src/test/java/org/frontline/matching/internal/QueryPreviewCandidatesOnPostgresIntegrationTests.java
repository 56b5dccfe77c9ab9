package org.frontline.matching.internal;

import org.frontline.testing.Postgres;
import org.frontline.testing.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same comparison on PostgreSQL, the production system of record, in a schema of its own. */
@SpringBootTest
@ActiveProfiles("test")
@RequiresPostgres
class QueryPreviewCandidatesOnPostgresIntegrationTests extends QueryPreviewCandidatesIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.useFreshSchema(registry);
    }
}
