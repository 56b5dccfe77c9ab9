package org.frontline.channels.importer;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.frontline.channels.internal.ChannelsProperties;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Backfills from CSV or JSONL, uploaded in the UI (run in the background, one at a time) or named on the
 * command line (run in the foreground). An interrupted job resumes: after a restart for uploads, on the
 * next run of the same file for the command line.
 */
@Component
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportJobRepository jobs;
    private final ImportRunner runner;
    private final Path directory;
    private final boolean resumeUploads;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(ImportJobRepository jobs, ImportRunner runner, ChannelsProperties properties, Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.directory = properties.importer().directory();
        this.resumeUploads = properties.importer().resumeUploads();
        this.clock = clock;
    }

    /** Saves an upload to disk (streamed, never whole in memory) and imports it in the background. */
    public ImportJob upload(WorkspaceId workspace, String fileName, InputStream content) {
        var format = format(fileName);
        var id = UUID.randomUUID();
        try {
            Files.createDirectories(directory);
            var target = directory.resolve(id + "." + format.name().toLowerCase(java.util.Locale.ROOT));
            var size = Files.copy(content, target);
            var job = newJob(id, workspace, safeName(fileName), target.toAbsolutePath().toString(), format, size);
            jobs.insert(job, clock.instant());
            background.submit(() -> runQuietly(job));
            return job;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be saved for import", e);
        }
    }

    /** Imports a file now, resuming an unfinished import of the same file; returns the finished job. */
    public ImportJob importFile(WorkspaceId workspace, Path file, ImportListener listener) {
        var format = format(file.getFileName().toString());
        var absolute = file.toAbsolutePath().normalize();
        final long size;
        try {
            size = Files.size(absolute);
        } catch (IOException e) {
            throw new SourceRefused("Cannot read " + absolute);
        }
        var existing = jobs.findUnfinished(workspace, absolute.toString(), size);
        var job = existing.orElseGet(() -> {
            var created = newJob(UUID.randomUUID(), workspace, safeName(absolute.getFileName().toString()), absolute.toString(), format, size);
            jobs.insert(created, clock.instant());
            return created;
        });
        existing.ifPresent(j -> {
            log.info("Resuming import {} after line {}", j.id(), j.linesDone());
            jobs.restart(j.id(), clock.instant());
        });
        return runner.run(job, listener);
    }

    public List<ImportJob> recent(WorkspaceId workspace) {
        return jobs.recent(workspace, 20);
    }

    public Optional<ImportJob> find(WorkspaceId workspace, UUID id) {
        return jobs.find(workspace, id);
    }

    public List<ImportLineError> errors(WorkspaceId workspace, UUID id, int limit) {
        return jobs.errors(workspace, id, limit);
    }

    /**
     * Uploads that were running when the process stopped carry on where they were. A file named on the command
     * line is left alone: it resumes when the command is run again, never behind that command's back.
     */
    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        if (!resumeUploads) {
            return;
        }
        var uploads = directory.toAbsolutePath().normalize();
        for (var job : jobs.running()) {
            var file = Path.of(job.filePath());
            if (file.startsWith(uploads) && Files.isReadable(file)) {
                log.info("Resuming import {} of {} after line {}", job.id(), job.fileName(), job.linesDone());
                background.submit(() -> runQuietly(job));
            }
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    private void runQuietly(ImportJob job) {
        try {
            runner.run(job, ImportListener.NONE);
        } catch (RuntimeException e) {
            log.error("Import {} failed", job.id(), e);
            jobs.finish(job.id(), ImportJob.Status.FAILED, "Stopped by an unexpected failure; it resumes on the next start", clock.instant());
        }
    }

    private ImportJob newJob(UUID id, WorkspaceId workspace, String name, String path, ImportFormat format, long size) {
        return new ImportJob(id, workspace, name, path, format, ImportJob.Status.RUNNING, size, 0, 0, 0, 0, null, clock.instant());
    }

    private static ImportFormat format(String fileName) {
        return ImportFormat.ofFileName(fileName)
                .orElseThrow(() -> new SourceRefused("Import a .csv file with a header row, or a .jsonl file with one JSON object per line"));
    }

    private static String safeName(String name) {
        var base = name.replaceAll("[\\\\/]", "_").strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
