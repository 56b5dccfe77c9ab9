package org.frontline.metrics.internal;

import org.frontline.testing.Postgres;
import org.frontline.testing.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same workspace-wide time histogram on PostgreSQL. */
@SpringBootTest
@ActiveProfiles("test")
@RequiresPostgres
class WorkspaceHistogramOnPostgresIntegrationTests extends WorkspaceHistogramIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.useFreshSchema(registry);
    }
}
