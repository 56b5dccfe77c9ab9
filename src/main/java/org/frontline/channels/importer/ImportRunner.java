package org.frontline.channels.importer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.frontline.channels.internal.ChannelsProperties;
import org.frontline.channels.internal.SourceHealth;
import org.frontline.channels.internal.SourceKind;
import org.frontline.ingest.IngestedPost;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostIngestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import job from where it stopped. Records stream from the file; every batch of posts and line
 * errors commits together with the job's progress, so a crash loses at most the batch in flight and a
 * resumed run neither skips nor repeats a line.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobRepository jobs;
    private final PostIngestion ingestion;
    private final SourceHealth health;
    private final TransactionTemplate transactions;
    private final int batchSize;
    private final Clock clock;

    ImportRunner(ImportJobRepository jobs, PostIngestion ingestion, SourceHealth health, TransactionTemplate transactions,
            ChannelsProperties properties, Clock clock) {
        this.jobs = jobs;
        this.ingestion = ingestion;
        this.health = health;
        this.transactions = transactions;
        this.batchSize = properties.importer().batchSize();
        this.clock = clock;
    }

    ImportJob run(ImportJob job, ImportListener listener) {
        var path = Path.of(job.filePath());
        var source = job.fileName();
        try (var counting = new CountingInputStream(Files.newInputStream(path));
                var reader = ImportReader.open(job.format(), new InputStreamReader(counting, StandardCharsets.UTF_8))) {
            var consumed = 0L;
            var posts = new ArrayList<NewPost>();
            var errors = new ArrayList<ImportLineError>();
            while (reader.hasNext()) {
                var record = reader.next();
                if (++consumed <= job.linesDone()) {
                    continue;
                }
                var result = RecordPosts.map(record, source, clock.instant());
                if (result.post() != null) {
                    posts.add(result.post());
                } else {
                    errors.add(new ImportLineError(record.line(), "Line " + record.line() + " " + result.error()));
                }
                if (posts.size() + errors.size() >= batchSize) {
                    flush(job, counting.count(), consumed, posts, errors, listener);
                }
            }
            flush(job, counting.count(), consumed, posts, errors, listener);
            jobs.finish(job.id(), ImportJob.Status.DONE, null, clock.instant());
        } catch (IOException | UncheckedIOException | NoSuchElementException e) {
            var reason = e instanceof NoSuchElementException ? e.getMessage() : "The file could not be read to the end";
            log.warn("Import {} stopped: {}", job.id(), reason, e);
            jobs.finish(job.id(), ImportJob.Status.FAILED, reason + "; run it again to resume", clock.instant());
            health.failure(job.workspace(), SourceKind.IMPORT, job.id(), reason);
        }
        var finished = jobs.find(job.workspace(), job.id()).orElseThrow();
        listener.progress(finished);
        return finished;
    }

    private void flush(ImportJob job, long bytes, long consumed, List<NewPost> posts, List<ImportLineError> errors, ImportListener listener) {
        if (posts.isEmpty() && errors.isEmpty()) {
            return;
        }
        // Wait for the listeners before the transaction opens, not inside it holding a connection they need.
        ingestion.awaitListenerRoom();
        var created = transactions.execute(status -> {
            var stored = posts.isEmpty() ? 0L : ingestion.ingest(job.workspace(), posts).stream().filter(IngestedPost::created).count();
            jobs.progress(job.id(), bytes, consumed, stored, errors, clock.instant());
            return stored;
        });
        health.success(job.workspace(), SourceKind.IMPORT, job.id(), created);
        errors.forEach(listener::lineError);
        posts.clear();
        errors.clear();
        jobs.find(job.workspace(), job.id()).ifPresent(listener::progress);
    }
}
