package org.frontline.channels.importer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.ingest.PostIngestion;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.WorkspaceAdministration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar frontline.jar import FILE --workspace acme}: imports a CSV or JSONL file with a progress
 * bar on standard error, printing every line that was not imported with its reason. Running it again on
 * the same file after an interruption resumes where it stopped. Exit code 0 when every line was imported,
 * 1 when some lines were reported, 2 when the import could not run.
 *
 * <p>{@link org.frontline.channels.ImportCommandLine} starts the application for it, so it works on a brand-new
 * database: the migrations have run and, with the demo enabled, the demo workspace {@code acme} exists.
 */
@Component
public class ImportCommand {

    private final ImportJobs imports;
    private final PostIngestion ingestion;
    private final CommandWriteDelay writeDelay;
    private final WorkspaceAdministration workspaces;
    private final Environment environment;
    private final PrintStream console;

    ImportCommand(ImportJobs imports, PostIngestion ingestion, CommandWriteDelay writeDelay, WorkspaceAdministration workspaces,
            Environment environment) {
        this.imports = imports;
        this.ingestion = ingestion;
        this.writeDelay = writeDelay;
        this.workspaces = workspaces;
        this.environment = environment;
        // Standard error: the progress bar and the error report are for the person at the terminal.
        this.console = System.err;
    }

    /** Runs the command in a started application; the exit code is the command's outcome. */
    public int execute(ApplicationArguments args) {
        var positional = args.getNonOptionArgs();
        var slug = args.getOptionValues("workspace");
        if (positional.size() != 2 || slug == null || slug.size() != 1) {
            console.println("Usage: java -jar frontline.jar import FILE.csv|FILE.jsonl --workspace SLUG");
            return 2;
        }
        var file = Path.of(positional.get(1));
        if (!Files.isReadable(file)) {
            console.println("Cannot read " + file.toAbsolutePath());
            return 2;
        }
        var workspace = workspaces.findWorkspace(slug.getFirst());
        if (workspace.isEmpty()) {
            console.println(noSuchWorkspace(slug.getFirst()));
            return 2;
        }
        try {
            var job = writeDelay.during(() -> importAndAwaitListeners(workspace.get(), file));
            console.println();
            console.printf("%s: %d lines read, %d new posts, %d lines not imported%s%n", job.status(), job.linesDone(), job.postsStored(),
                    job.errors(), job.message() == null ? "" : " (" + job.message() + ")");
            return job.status() != ImportJob.Status.DONE ? 2 : job.errors() > 0 ? 1 : 0;
        } catch (SourceRefused e) {
            console.println(e.getMessage());
            return 2;
        }
    }

    /**
     * The listeners (matching, and what follows it) run a bounded backlog behind the import: they finish it here, so
     * that the command leaves nothing to deliver at the next start unless it is interrupted.
     */
    private ImportJob importAndAwaitListeners(WorkspaceId workspace, Path file) {
        var job = imports.importFile(workspace, file, new ConsoleProgress(console));
        ingestion.awaitListeners();
        return job;
    }

    /** Says what to do: the only way to get a workspace in this version is the demo's first start. */
    private String noSuchWorkspace(String slug) {
        var demo = environment.getProperty("frontline.demo.enabled", Boolean.class, true);
        var how = demo
                ? "The demo workspace 'acme' is the one created for you (frontline.demo.enabled is on): import with --workspace acme."
                : "The demo is off (frontline.demo.enabled=false). Run the command with --frontline.demo.enabled=true to have the demo"
                        + " workspace 'acme' created, and import with --workspace acme.";
        return "No workspace '" + slug + "' in this database.\n" + how
                + "\nWorkspaces cannot be created any other way yet; the file was not imported.";
    }

    /** A one-line progress bar redrawn in place; error lines are printed above it. */
    private record ConsoleProgress(PrintStream out) implements ImportListener {
        @Override
        public void progress(ImportJob job) {
            var filled = job.percent() / 5;
            out.printf("\r[%s%s] %3d%%  %,d lines  %,d new posts  %,d errors", "#".repeat(filled), " ".repeat(20 - filled), job.percent(),
                    job.linesDone(), job.postsStored(), job.errors());
        }

        @Override
        public void lineError(ImportLineError error) {
            out.printf("\r%-80s%n", error.reason());
        }
    }
}
