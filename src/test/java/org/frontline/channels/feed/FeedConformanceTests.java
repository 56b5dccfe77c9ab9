package org.frontline.channels.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs every file of {@code ../shared/corpus/feedparser-tests} (well-formed, ill-formed, encodings,
 * entities, JSON) and {@code ../shared/corpus/rome-tests} through the parser. No file may crash it; the
 * expectations each file states about fields Frontline maps are checked and the pass rate per folder is
 * printed (and recorded in docs/channels.md). Skipped with a message when the corpus is absent, except
 * under CI=true, where that is a failure.
 */
class FeedConformanceTests {

    static final Path CORPUS = Path.of("..", "shared", "corpus");

    /** Per folder: files, crashes, refused with a reason, expectations applicable and met. */
    static final class Tally {
        int files, crashes, refused, bestEffort, applicable, met, wellFormedApplicable, wellFormedMet;
        final List<String> failures = new ArrayList<>();
    }

    @Test
    void parsesEveryCorpusFileWithoutCrashingAndMeetsTheMappedExpectations() throws IOException {
        var feedparser = CORPUS.resolve("feedparser-tests/tests");
        var rome = CORPUS.resolve("rome-tests");
        if (!Files.isDirectory(feedparser) || !Files.isDirectory(rome)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but the feed corpus is missing at " + CORPUS.toAbsolutePath());
            }
            Assumptions.abort("SKIPPED: the feed corpus is not at " + CORPUS.toAbsolutePath() + " (shared/ beside the clone)");
        }
        var tallies = new TreeMap<String, Tally>();
        try (Stream<Path> files = Files.walk(feedparser)) {
            files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".json"))
                    .sorted()
                    .forEach(p -> runFeedparserFile(p, tallies.computeIfAbsent(folder(feedparser, p), k -> new Tally())));
        }
        try (Stream<Path> files = Files.list(rome)) {
            files.filter(p -> p.toString().endsWith(".xml")).sorted()
                    .forEach(p -> runRomeFile(p, tallies.computeIfAbsent("rome-tests", k -> new Tally())));
        }
        report(tallies);

        assertThat(tallies.values()).allSatisfy(t -> assertThat(t.crashes).as("files that crashed the parser").isZero());
        var wellFormed = tallies.entrySet().stream().filter(e -> e.getKey().startsWith("feedparser/wellformed") || e.getKey().equals("rome-tests"))
                .map(Map.Entry::getValue).toList();
        var applicable = wellFormed.stream().mapToInt(t -> t.wellFormedApplicable).sum();
        var met = wellFormed.stream().mapToInt(t -> t.wellFormedMet).sum();
        assertThat(applicable).isGreaterThan(500);
        assertThat((double) met / applicable).as("share of applicable well-formed expectations met").isGreaterThanOrEqualTo(0.95);
    }

    private static String folder(Path root, Path file) {
        var relative = root.relativize(file.getParent()).toString().replace('\\', '/');
        return "feedparser/" + relative;
    }

    private static void runFeedparserFile(Path file, Tally tally) {
        var bytes = read(file);
        var header = new String(bytes, 0, Math.min(bytes.length, 2000), StandardCharsets.ISO_8859_1);
        var contentType = FeedExpectation.headerValues(header, "Header").stream()
                .filter(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
                .map(h -> h.substring("content-type:".length()).strip()).findFirst().orElse(null);
        var expectation = FeedExpectation.headerValues(header, "Expect").stream().findFirst().flatMap(FeedExpectation::translate);
        var parsed = parse(file, bytes, contentType, tally);
        expectation.ifPresent(e -> check(file, e, parsed, tally, file.toString().contains("/wellformed/")));
    }

    private static void runRomeFile(Path file, Tally tally) {
        var bytes = read(file);
        var parsed = parse(file, bytes, null, tally);
        for (var expectation : RomeExpectations.derive(new String(bytes, StandardCharsets.UTF_8))) {
            check(file, expectation, parsed, tally, true);
        }
    }

    private static ParsedFeed parse(Path file, byte[] bytes, String contentType, Tally tally) {
        tally.files++;
        try {
            var parsed = FeedParser.parse(bytes, contentType);
            if (parsed.problem() != null) {
                tally.bestEffort++;
            }
            return parsed;
        } catch (FeedUnreadable e) {
            assertThat(e.getMessage()).as("a refusal says why").isNotBlank();
            tally.refused++;
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            tally.crashes++;
            tally.failures.add(file.getFileName() + ": CRASH " + e);
            return null;
        }
    }

    private static void check(Path file, FeedExpectation expectation, ParsedFeed parsed, Tally tally, boolean wellFormed) {
        tally.applicable++;
        var ok = parsed != null && expectation.metBy(parsed);
        if (ok) tally.met++;
        if (wellFormed) {
            tally.wellFormedApplicable++;
            if (ok) tally.wellFormedMet++;
        }
        if (!ok) {
            tally.failures.add(file.getFileName() + ": " + expectation);
        }
    }

    private static void report(Map<String, Tally> tallies) {
        var out = new StringBuilder("\nFeed conformance (folder | files | refused | best-effort | crashes | expectations met/applicable)\n");
        tallies.forEach((folder, t) -> out.append("%-34s %5d %5d %5d %3d   %4d/%-4d %s%n".formatted(folder, t.files, t.refused, t.bestEffort, t.crashes,
                t.met, t.applicable, t.applicable == 0 ? "" : "%.1f%%".formatted(100.0 * t.met / t.applicable))));
        if (Boolean.getBoolean("feeds.verbose")) {
            tallies.forEach((folder, t) -> t.failures.forEach(f -> out.append("  ").append(folder).append(": ").append(f).append('\n')));
        }
        System.out.println(out);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
