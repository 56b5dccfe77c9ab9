package org.frontline.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One named line or bar series of a chart, one value per bucket of the timeline (null: nothing to average). */
public record Series(String name, List<@Nullable Double> data) {

    public Series {
        data = Collections.unmodifiableList(new ArrayList<>(data));
    }
}
