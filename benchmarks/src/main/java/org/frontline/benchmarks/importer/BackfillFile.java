package org.frontline.benchmarks.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes a backfill file of a given size: posts of 40-400 characters in everyday customer-service words, each with
 * an id, an author and a time, as JSONL or CSV (quoted text, some with commas, quotes and line breaks inside).
 * No brand the demo tracks appears, so the import is measured, not the matching pipeline behind it.
 */
final class BackfillFile {

    private static final String[] WORDS = ("my order arrived late again and the parcel was damaged when it came please "
            + "refund the shipping cost I waited two weeks for an answer from support your app crashes every time I open "
            + "the settings page can someone call me back about the invoice thanks for the quick help yesterday the "
            + "new update is great but the battery drains fast where is my package tracking says delivered but nothing "
            + "here I love the product would buy again customer service was friendly the website is down since morning").split(" ");

    private BackfillFile() {}

    /** @return the number of records written */
    static long write(Path file, String format, long targetBytes) throws IOException {
        var random = new SplittableRandom(20261123L);
        var start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        var csv = format.equals("csv");
        long written = 0;
        long records = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (csv) {
                out.write("id,text,author,created_at\n");
            }
            var text = new StringBuilder(512);
            while (written < targetBytes) {
                records++;
                text.setLength(0);
                var length = 40 + random.nextInt(360);
                while (text.length() < length) {
                    text.append(text.isEmpty() ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                if (csv && records % 50 == 0) {
                    text.append(", \"really\"\nsecond line");
                }
                var line = csv
                        ? "b-" + records + ",\"" + text.toString().replace("\"", "\"\"") + "\",user" + random.nextInt(100_000) + ","
                                + (start + records) + "\n"
                        : "{\"id\":\"b-" + records + "\",\"text\":\"" + text.toString().replace("\"", "\\\"").replace("\n", "\\n")
                                + "\",\"author\":{\"handle\":\"user" + random.nextInt(100_000) + "\"},\"created_at\":\""
                                + Instant.ofEpochSecond(start + records) + "\"}\n";
                out.write(line);
                written += line.length();
            }
        }
        return records;
    }
}
