/**
 * Metrics: the read side. Keeps its own facts and hourly rollups (UTC), maintained incrementally from public
 * events ({@code MentionMatched}, {@code MentionClassified}, {@code CaseOpened}, {@code CaseStatusChanged},
 * {@code FirstResponseSent}); never reads another module's tables. Every update is idempotent: a fact keyed by
 * the event's natural id is stored first, and rollups move only when that fact is new.
 */
@NullMarked
package org.frontline.metrics;

import org.jspecify.annotations.NullMarked;
