package org.frontline.benchmarks.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Load harness for the backfill import: does a file of about a gigabyte need a gigabyte of memory?
 *
 * <p>For each format it writes a file of the asked size (JSONL or CSV) under the temporary directory, runs the real
 * command ({@code java -Xmx… -jar frontline-*-exec.jar import FILE --workspace acme}) against a new H2 file database,
 * watches the child's heap through JMX ({@link HeapWatch}: polled heap use and the heap before every GC), then counts
 * the stored posts and reads the job row. Everything it wrote is deleted afterwards.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.frontline.benchmarks.importer.ImportHarness \
 *     --app target/frontline-0.1.0-SNAPSHOT-exec.jar --size-mb 1024 --formats jsonl,csv --xmx 256m
 * </pre>
 */
public final class ImportHarness {

    private ImportHarness() {}

    /**
     * @param file an existing backfill file to import (kept afterwards), so that writing it takes no time under the
     *     measuring lock; null writes one of {@code sizeBytes} per format
     * @param writeOnly write the file of the first format to this path and stop, to be imported later with --file
     * @param jfr a flight recording of the import command goes there, when set
     */
    record Options(Path app, long sizeBytes, List<String> formats, String xmx, Path java, Duration timeout, Path file, Path writeOnly,
            Path jfr) {

        static Options parse(String[] args) {
            var app = Path.of("target/frontline-0.1.0-SNAPSHOT-exec.jar");
            var sizeMb = 1024L;
            var formats = List.of("jsonl", "csv");
            var xmx = "256m";
            var java = Path.of(System.getProperty("java.home"), "bin", "java");
            var timeout = Duration.ofMinutes(60);
            Path file = null;
            Path writeOnly = null;
            Path jfr = null;
            for (var i = 0; i + 1 < args.length; i += 2) {
                var value = args[i + 1];
                switch (args[i]) {
                    case "--app" -> app = Path.of(value);
                    case "--size-mb" -> sizeMb = Long.parseLong(value);
                    case "--formats" -> formats = List.of(value.split(","));
                    case "--xmx" -> xmx = value;
                    case "--java" -> java = Path.of(value);
                    case "--timeout-min" -> timeout = Duration.ofMinutes(Long.parseLong(value));
                    case "--file" -> file = Path.of(value).toAbsolutePath();
                    case "--write-only" -> writeOnly = Path.of(value).toAbsolutePath();
                    case "--jfr" -> jfr = Path.of(value).toAbsolutePath();
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            if (file != null) {
                var name = file.getFileName().toString();
                formats = List.of(name.substring(name.lastIndexOf('.') + 1));
            }
            return new Options(app, sizeMb * 1024 * 1024, formats, xmx, java, timeout, file, writeOnly, jfr);
        }
    }

    /** @param eventsLeft event publications not yet completed when the command exited: delivered on the next start */
    record Outcome(String format, long fileBytes, long lines, int exitCode, long storedPosts, long linesDone, long lineErrors,
            long eventsLeft, Duration importTime, Duration processTime, HeapWatch.Peak heap) {

        String row() {
            var seconds = Math.max(importTime.toMillis(), 1) / 1000.0;
            var afterOld = heap.peakAfterOldGc() < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", heap.peakAfterOldGc() / (1024 * 1024));
            return String.format(Locale.ROOT, "| %s | %,d MB | %,d | %d | %,d | %,d | %,d | %,d | %.0f s | %.0f s | %,.0f | %.0f s | %.0f s | %,.0f | %,d MB | %,d MB | %s | %,d MB | %d (%d old) |",
                    format, fileBytes / (1024 * 1024), lines, exitCode, storedPosts, linesDone, lineErrors, eventsLeft, seconds,
                    processTime.toMillis() / 1000.0, linesDone / seconds, heap.processCpuNanos() / 1e9, heap.mainCpuNanos() / 1e9,
                    linesDone / Math.max(heap.processCpuNanos() / 1e9, 0.001), heap.peakUsed() / (1024 * 1024),
                    heap.peakAfterGc() / (1024 * 1024), afterOld, heap.floorLastHalf() / (1024 * 1024), heap.collections(),
                    heap.oldCollections());
        }
    }

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        if (options.writeOnly() != null) {
            var lines = BackfillFile.write(options.writeOnly(), options.formats().getFirst(), options.sizeBytes());
            System.out.printf("Wrote %s: %,d records, %,d bytes%n", options.writeOnly(), lines, Files.size(options.writeOnly()));
            return;
        }
        if (!Files.isReadable(options.app())) {
            throw new IllegalArgumentException("Build the application first: no " + options.app().toAbsolutePath());
        }
        var outcomes = new ArrayList<Outcome>();
        for (var format : options.formats()) {
            outcomes.add(runOnce(options, format));
        }
        System.out.println();
        System.out.println("| format | file | lines | exit | posts stored | lines done | line errors | events left | import time | process time"
                + " | lines/s | process CPU | main thread CPU | lines per process CPU-s | peak heap used | peak heap after GC | peak heap after old-gen GC | least heap after GC, 2nd half | GCs |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        outcomes.forEach(o -> System.out.println(o.row()));
    }

    private static Outcome runOnce(Options options, String format) throws Exception {
        var work = Files.createTempDirectory("frontline-import-bench-");
        try {
            var file = options.file() != null ? options.file() : work.resolve("backfill." + format);
            final long lines;
            if (options.file() != null) {
                lines = countRecords(file, format);
            } else {
                System.out.printf("Writing %s (%,d MB)…%n", file, options.sizeBytes() / (1024 * 1024));
                lines = BackfillFile.write(file, format, options.sizeBytes());
            }
            var url = "jdbc:h2:file:" + work.resolve("data/frontline").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
            var command = new ArrayList<>(List.of(options.java().toString(), "-Xmx" + options.xmx()));
            if (options.jfr() != null) {
                command.add("-XX:StartFlightRecording=filename=" + options.jfr() + ",settings=profile");
            }
            command.addAll(List.of("-jar", options.app().toAbsolutePath().toString(), "import", file.toString(), "--workspace=acme", "--spring.datasource.url=" + url, "--frontline.demo.enabled=true",
                    "--frontline.secrets.key-file=" + work.resolve("data/secrets.key"),
                    "--frontline.channels.importer.directory=" + work.resolve("data/imports"), "--logging.level.root=WARN"));
            System.out.printf("Importing %,d lines with -Xmx%s…%n", lines, options.xmx());
            var started = System.nanoTime();
            var process = new ProcessBuilder(command).redirectOutput(work.resolve("stdout.log").toFile())
                    .redirectError(work.resolve("stderr.log").toFile()).start();
            var peak = HeapWatch.watch(process, options.timeout());
            if (!process.waitFor(options.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The import did not finish within " + options.timeout());
            }
            var processTime = Duration.ofNanos(System.nanoTime() - started);
            var tail = lastLine(work.resolve("stderr.log"));
            System.out.println("Command said: " + tail);
            return outcome(format, Files.size(file), lines, process.exitValue(), processTime, peak, url);
        } finally {
            deleteAll(work);
        }
    }

    private static Outcome outcome(String format, long bytes, long lines, int exit, Duration processTime, HeapWatch.Peak peak, String url)
            throws SQLException {
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var statement = connection.createStatement()) {
            long stored;
            try (var rows = statement.executeQuery("select count(*) from post p join workspace w on w.id = p.workspace_id where w.slug = 'acme'")) {
                rows.next();
                stored = rows.getLong(1);
            }
            long eventsLeft;
            // completion-mode=delete: a completed publication's row is gone, so every row left is undelivered
            try (var rows = statement.executeQuery("select count(*) from event_publication")) {
                rows.next();
                eventsLeft = rows.getLong(1);
            }
            try (var rows = statement.executeQuery("select lines_done, errors, created_at, updated_at from import_job order by created_at desc")) {
                rows.next();
                var importTime = Duration.between(rows.getObject(3, OffsetDateTime.class), rows.getObject(4, OffsetDateTime.class));
                return new Outcome(format, bytes, lines, exit, stored, rows.getLong(1), rows.getLong(2), eventsLeft, importTime,
                        processTime, peak);
            }
        }
    }

    /** Records of a file this harness wrote: JSONL has one per line, a CSV record starts with its id {@code b-N,}. */
    private static long countRecords(Path file, String format) throws IOException {
        try (var lines = Files.lines(file)) {
            return format.equals("csv") ? lines.filter(l -> l.startsWith("b-") && l.matches("b-\\d+,.*")).count()
                    : lines.filter(l -> !l.isBlank()).count();
        }
    }

    private static String lastLine(Path log) throws IOException {
        var text = Files.readString(log).strip();
        var cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        return text.substring(cut + 1);
    }

    private static void deleteAll(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
