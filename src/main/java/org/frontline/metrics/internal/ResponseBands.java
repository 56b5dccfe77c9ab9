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

    // Resolution takes hours to days: its own bands.
    private static final List<Band> RESOLUTION_BANDS = List.of(
            new Band("< 1 h", Duration.ofHours(1)),
            new Band("1–4 h", Duration.ofHours(4)),
            new Band("4–24 h", Duration.ofDays(1)),
            new Band("1–3 d", Duration.ofDays(3)),
            new Band("3–7 d", Duration.ofDays(7)),
            new Band("≥ 7 d", Duration.ofSeconds(Long.MAX_VALUE)));

    private ResponseBands() {}

    /** Every band, in order, with how many of {@code seconds} fall in it (zero included, so the axis is stable). */
    public static List<Slice> of(long[] seconds) {
        return count(BANDS, seconds);
    }

    /** The resolution time bands, as {@link #of}. */
    public static List<Slice> resolution(long[] seconds) {
        return count(RESOLUTION_BANDS, seconds);
    }

    /** The index of the band {@code seconds} falls in: first response bands, or resolution bands. */
    public static int bandOf(long seconds, boolean resolution) {
        return indexOf(resolution ? RESOLUTION_BANDS : BANDS, seconds);
    }

    /** The bands' names in order: first response bands, or resolution bands. */
    static List<String> names(boolean resolution) {
        return (resolution ? RESOLUTION_BANDS : BANDS).stream().map(Band::name).toList();
    }

    /** Slices from counts per band index (as {@link #bandOf}). */
    static List<Slice> slices(long[] counts, boolean resolution) {
        var names = names(resolution);
        var slices = new ArrayList<Slice>();
        for (int i = 0; i < names.size(); i++) {
            slices.add(new Slice(names.get(i), counts[i]));
        }
        return slices;
    }

    private static List<Slice> count(List<Band> bands, long[] seconds) {
        var counts = new long[bands.size()];
        for (var s : seconds) {
            counts[indexOf(bands, s)]++;
        }
        var slices = new ArrayList<Slice>();
        for (int i = 0; i < bands.size(); i++) {
            slices.add(new Slice(bands.get(i).name(), counts[i]));
        }
        return slices;
    }

    private static int indexOf(List<Band> bands, long seconds) {
        for (int i = 0; i < bands.size() - 1; i++) {
            if (seconds < bands.get(i).below().toSeconds()) {
                return i;
            }
        }
        return bands.size() - 1;
    }
}
