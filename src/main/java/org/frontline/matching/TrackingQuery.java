package org.frontline.matching;

import java.time.Instant;

/** A saved query of a workspace, as written by its owner. */
public record TrackingQuery(TrackingQueryId id, String name, String query, Instant createdAt, Instant updatedAt) {}
