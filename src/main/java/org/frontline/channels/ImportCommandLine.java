package org.frontline.channels;

import java.util.Map;
import org.frontline.channels.importer.ImportCommand;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code java -jar frontline.jar import FILE --workspace acme}: starts the application for the backfill command,
 * runs it once the application is ready, and stops. Ready means the migrations have run (a brand-new database
 * works) and, with the demo enabled, the demo workspace {@code acme} has been created as on a first start.
 */
public final class ImportCommandLine {

    public static final String COMMAND = "import";

    /**
     * A one-shot command listens to nothing and replays nothing: feeds, mailboxes and social streams are left to
     * the running application, and so are interrupted uploads. Lowest precedence: a user's setting wins.
     */
    private static final Map<String, Object> ONE_SHOT = Map.of(
            "frontline.channels.feed.scheduled-polling", "false",
            "frontline.channels.mail.scheduled-polling", "false",
            "frontline.channels.social.listening", "false",
            "frontline.channels.importer.resume-uploads", "false",
            "frontline.demo.replay", "false");

    private ImportCommandLine() {}

    /** @return the exit code: 0 all imported, 1 some lines reported, 2 could not run */
    public static int run(SpringApplication application, String... args) {
        // The same application as a normal start (its security and web configuration need a servlet context), but
        // server.port=-1 creates no listening server; it comes first, so no configured port can start one.
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.addInitializers(context -> context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("import-command", Map.of("server.port", "-1"))));
        application.setDefaultProperties(ONE_SHOT);
        try (var context = application.run(args)) {
            return context.getBean(ImportCommand.class).execute(new DefaultApplicationArguments(args));
        } catch (RuntimeException e) {
            System.err.println("Frontline could not start, so nothing was imported: see the log above.");
            return 2;
        }
    }
}
