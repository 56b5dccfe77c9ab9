package org.frontline;

import java.time.Clock;
import org.frontline.channels.ImportCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Frontline: one process that listens, matches, opens cases and routes them. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class FrontlineApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ImportCommandLine.COMMAND)) {
            // The backfill command listens on no port, and exits when done.
            System.exit(ImportCommandLine.run(new SpringApplication(FrontlineApplication.class), args));
        }
        SpringApplication.run(FrontlineApplication.class, args);
    }

    /** The one source of "now": domain code never calls {@code Instant.now()}, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
