package org.frontline.channels.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the records of a file one at a time, whatever its size: nothing but the current record is held.
 * A record that cannot be parsed comes out with its reason instead of stopping the import.
 */
abstract class ImportReader implements Iterator<ImportRecord>, AutoCloseable {

    static ImportReader open(ImportFormat format, Reader reader) throws IOException {
        return format == ImportFormat.CSV ? new Csv(reader) : new Jsonl(reader);
    }

    @Override
    public abstract void close() throws IOException;

    /** CSV with a header row naming the columns (any case); quoted fields may span lines. */
    private static final class Csv extends ImportReader {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private long nextLine = 2;

        Csv(Reader reader) throws IOException {
            this.parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                    .setTrim(true).get().parse(reader);
            this.records = parser.iterator();
        }

        @Override
        public boolean hasNext() {
            try {
                return records.hasNext();
            } catch (UncheckedIOException e) {
                return false;
            }
        }

        @Override
        public ImportRecord next() {
            var line = nextLine;
            CSVRecord record;
            try {
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new NoSuchElementException("The CSV cannot be read past line " + line);
            }
            nextLine = parser.getCurrentLineNumber() + 1;
            if (!record.isConsistent()) {
                return new ImportRecord(line, Map.of(), "has " + record.size() + " columns where the header has " + parser.getHeaderNames().size());
            }
            var fields = new HashMap<String, String>();
            record.toMap().forEach((k, v) -> fields.put(k.strip().toLowerCase(Locale.ROOT), v));
            return new ImportRecord(line, fields, null);
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /** One JSON object per line; {@code author} may be a string or an object with handle and displayName. */
    private static final class Jsonl extends ImportReader {
        private static final JsonMapper JSON = JsonMapper.builder().build();
        private final BufferedReader reader;
        private String pending;
        private long line;

        Jsonl(Reader reader) {
            this.reader = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 64 * 1024);
        }

        @Override
        public boolean hasNext() {
            try {
                while (pending == null) {
                    var raw = reader.readLine();
                    if (raw == null) return false;
                    line++;
                    if (!raw.isBlank()) pending = raw;
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public ImportRecord next() {
            if (!hasNext()) throw new NoSuchElementException();
            var raw = pending;
            pending = null;
            final JsonNode node;
            try {
                node = JSON.readTree(raw);
            } catch (JacksonException e) {
                return new ImportRecord(line, Map.of(), "is not valid JSON");
            }
            if (!node.isObject()) {
                return new ImportRecord(line, Map.of(), "is not a JSON object");
            }
            var fields = new HashMap<String, String>();
            for (var entry : node.properties()) {
                var key = entry.getKey().toLowerCase(Locale.ROOT);
                var value = entry.getValue();
                if (value.isObject() && key.equals("author")) {
                    value.properties().forEach(a -> fields.put("author." + a.getKey().toLowerCase(Locale.ROOT), a.getValue().asString()));
                } else if (value.isValueNode() && !value.isNull()) {
                    fields.put(key, value.asString());
                }
            }
            fields.put("$raw", raw);
            return new ImportRecord(line, fields, null);
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
