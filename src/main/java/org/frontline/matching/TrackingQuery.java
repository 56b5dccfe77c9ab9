package org.frontline.matching;

import java.time.Instant;

/** A saved query of a workspace, as written by its owner. A paused query is kept but matches nothing. */
public record TrackingQuery(
        TrackingQueryId id, String name, String query, Instant createdAt, Instant updatedAt, boolean paused) {

    public TrackingQuery withPaused(boolean paused, Instant at) {
        return new TrackingQuery(id, name, query, createdAt, at, paused);
    }
}
