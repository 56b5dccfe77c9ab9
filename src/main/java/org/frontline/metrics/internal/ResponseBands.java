package org.frontline.metrics.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.frontline.metrics.Slice;

/** The first response time distribution's bands, as a support lead reads them (each band's upper bound excluded). */
public final class ResponseBands {

    private record Band(String name, Duration below) {}

    private static final List<Band> BANDS = List.of(
            new Band("< 5 min", Duration.ofMinutes(5)),
            new Band("5–15 min", Duration.ofMinutes(15)),
            new Band("15–60 min", Duration.ofHours(1)),
            new Band("1–4 h", Duration.ofHours(4)),
            new Band("4–24 h", Duration.ofDays(1)),
            new Band("≥ 24 h", Duration.ofSeconds(Long.MAX_VALUE)));

    private ResponseBands() {}

    /** Every band, in order, with how many of {@code seconds} fall in it (zero included, so the axis is stable). */
    public static List<Slice> of(long[] seconds) {
        var counts = new long[BANDS.size()];
        for (var s : seconds) {
            counts[indexOf(s)]++;
        }
        var slices = new ArrayList<Slice>();
        for (int i = 0; i < BANDS.size(); i++) {
            slices.add(new Slice(BANDS.get(i).name(), counts[i]));
        }
        return slices;
    }

    private static int indexOf(long seconds) {
        for (int i = 0; i < BANDS.size() - 1; i++) {
            if (seconds < BANDS.get(i).below().toSeconds()) {
                return i;
            }
        }
        return BANDS.size() - 1;
    }
}
