/**
 * Metrics: the read side. Keeps its own facts and rollups by UTC hour and by local day of the workspace's zone,
 * maintained incrementally from public events ({@code MentionMatched}, {@code MentionClassified},
 * {@code CaseOpened}, {@code CaseStatusChanged}, {@code FirstResponseSent}, {@code WorkspaceTimeZoneChanged}); never
 * reads another module's tables. Every update is idempotent: a fact keyed by
 * the event's natural id is stored first, and rollups move only when that fact is new.
 */
@NullMarked
package org.frontline.metrics;

import org.jspecify.annotations.NullMarked;
