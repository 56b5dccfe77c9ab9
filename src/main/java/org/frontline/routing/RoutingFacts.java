package org.frontline.routing;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a mention when it is routed: where it came from, which tracking queries matched (id to
 * name), its signals and its text. Signals not computed yet are null and match no condition on them.
 */
public record RoutingFacts(
        String channel,
        Map<UUID, String> queries,
        @Nullable String intent,
        @Nullable Double sentiment,
        @Nullable Double rudeness,
        @Nullable Double urgency,
        @Nullable String language,
        @Nullable Long followers,
        String text) {

    public RoutingFacts {
        queries = Map.copyOf(queries);
    }
}
