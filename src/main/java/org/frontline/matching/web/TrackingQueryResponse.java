package org.frontline.matching.web;

import java.time.Instant;
import java.util.List;
import org.frontline.matching.NativeFilter;
import org.frontline.matching.NativeFilters;
import org.frontline.matching.TrackingQuery;

/** A tracking query as the API returns it, with what each network can be asked for ({@code nativeFilters}). */
record TrackingQueryResponse(
        String id, String name, String query, boolean paused, Instant createdAt, Instant updatedAt, List<NativeFilter> nativeFilters) {

    static TrackingQueryResponse of(TrackingQuery query) {
        return new TrackingQueryResponse(query.id().toString(), query.name(), query.query(), query.paused(), query.createdAt(),
                query.updatedAt(), NativeFilters.all(query.query()));
    }
}
