package org.frontline.metrics.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.frontline.metrics.Slice;

/**
 * The histogram behind response and resolution times: a bin per second below 16 s, then 8 bins per doubling
 * (each at most 12.5 % wide), each split where a band of the distribution chart begins, so bands are counted
 * exactly. A bin keeps its count and the smallest and largest time seen in it: a percentile is exact when its
 * bin holds one or two distinct times, and otherwise lies between two observed times of the same narrow bin.
 */
final class DurationBins {

    /** One bin's cases and the extreme times seen in it. */
    record Bin(int bin, long cases, long min, long max) {
        Bin merge(Bin other) {
            return new Bin(bin, cases + other.cases, Math.min(min, other.min), Math.max(max, other.max));
        }
    }

    private static final int BANDS = 8;
    private static final int EXACT_BELOW = 16;
    private static final int PER_DOUBLING = 8;

    private DurationBins() {}

    /** Bins grow with the time: a larger time never falls in a smaller bin. */
    static int binOf(long seconds, boolean resolution) {
        var s = Math.max(0, seconds);
        return logBin(s) * BANDS + ResponseBands.bandOf(s, resolution);
    }

    private static int logBin(long s) {
        if (s < EXACT_BELOW) {
            return (int) s;
        }
        var exponent = 63 - Long.numberOfLeadingZeros(s);
        var sub = (int) ((s >> (exponent - 3)) & (PER_DOUBLING - 1));
        return EXACT_BELOW + (exponent - 4) * PER_DOUBLING + sub;
    }

    /** Each time as a bin of its own, then merged: the histogram of times read one by one. */
    static List<Bin> of(long[] seconds, boolean resolution) {
        var bins = new ArrayList<Bin>();
        for (var s : seconds) {
            var value = Math.max(0, s);
            bins.add(new Bin(binOf(value, resolution), 1, value, value));
        }
        return merged(bins);
    }

    /** Bins with the same number combined, in bin order. */
    static List<Bin> merged(Collection<Bin> bins) {
        var byBin = new TreeMap<Integer, Bin>();
        bins.forEach(b -> byBin.merge(b.bin(), b, Bin::merge));
        return List.copyOf(byBin.values());
    }

    static long count(List<Bin> bins) {
        return bins.stream().mapToLong(Bin::cases).sum();
    }

    /**
     * Nearest rank, as {@link Percentiles}: the bin holding rank {@code ceil(p/100 * n)}, and within it the time at
     * the same relative position between the bin's smallest and largest time.
     */
    static OptionalLong percentile(List<Bin> sorted, double p) {
        var n = count(sorted);
        if (n == 0) {
            return OptionalLong.empty();
        }
        var rank = Math.max(1, (long) Math.ceil(p / 100 * n));
        long before = 0;
        for (var bin : sorted) {
            if (before + bin.cases() >= rank) {
                var position = rank - before - 1;
                if (bin.cases() == 1) {
                    return OptionalLong.of(bin.min());
                }
                return OptionalLong.of(bin.min() + Math.round((double) (bin.max() - bin.min()) * position / (bin.cases() - 1)));
            }
            before += bin.cases();
        }
        return OptionalLong.of(sorted.getLast().max());
    }

    /** The distribution chart's bands, every band in order. */
    static List<Slice> bands(List<Bin> bins, boolean resolution) {
        var counts = new long[ResponseBands.names(resolution).size()];
        bins.forEach(b -> counts[b.bin() % BANDS] += b.cases());
        return ResponseBands.slices(counts, resolution);
    }
}
