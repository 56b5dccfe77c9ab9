package org.frontline.channels.importer;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record of a backfill file: where it starts (1-based line), its fields by lower-case name, and the
 * reason it could not even be read, if so.
 */
record ImportRecord(long line, Map<String, String> fields, @Nullable String unreadable) {}
