package org.frontline.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled create the demo workspace on first start
 * @param replay replay the bundled sample stream after start
 * @param replaySpan how long the replay of the whole sample stream takes
 * @param adminEmail the demo admin's sign-in
 * @param adminPassword the demo admin's password (printed in the README and the console: a demo only)
 * @param bootstrapToken an admin API token for automation, set from {@code FRONTLINE_BOOTSTRAP_TOKEN}
 */
@ConfigurationProperties("frontline.demo")
@Validated
record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("true") boolean replay,
        @DefaultValue("5m") Duration replaySpan,
        @DefaultValue("admin@acme.example") String adminEmail,
        @DefaultValue("frontline-demo") String adminPassword,
        @DefaultValue("") String bootstrapToken) {}
