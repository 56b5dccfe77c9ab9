package org.frontline.channels.importer;

import java.util.Locale;
import java.util.Optional;

/** The file formats a backfill reads: CSV with a header row, or one JSON object per line. */
public enum ImportFormat {
    CSV,
    JSONL;

    public static Optional<ImportFormat> ofFileName(String name) {
        var lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) return Optional.of(CSV);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return Optional.of(JSONL);
        return Optional.empty();
    }
}
