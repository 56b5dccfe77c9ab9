package org.frontline.matching.web;

import java.time.Instant;
import org.frontline.matching.TrackingQuery;

record TrackingQueryResponse(String id, String name, String query, boolean paused, Instant createdAt, Instant updatedAt) {

    static TrackingQueryResponse of(TrackingQuery query) {
        return new TrackingQueryResponse(
                query.id().toString(), query.name(), query.query(), query.paused(), query.createdAt(), query.updatedAt());
    }
}
