package org.frontline;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The pipeline contract on the embedded database (H2 in PostgreSQL mode), the default of a fresh install. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PipelineOnEmbeddedDatabaseIntegrationTests extends PipelineContract {}
