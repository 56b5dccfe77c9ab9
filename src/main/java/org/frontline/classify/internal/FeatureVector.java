package org.frontline.classify.internal;

import java.util.Arrays;

/**
 * Hashed feature indices of one post, each present with the same value 1/sqrt(n) (unit length), each with its
 * origin in the post (see {@link FeatureHasher#name}).
 */
public final class FeatureVector {

    private int[] indices;
    private int[] origins;
    private int size;
    // Filled on first use by the reasons, then shared by both models' reasons.
    private int[] distinct = new int[0];
    private int[] times = new int[0];
    private int distinctSize = -1;

    FeatureVector(int capacity) {
        this.indices = new int[Math.max(capacity, 16)];
        this.origins = new int[indices.length];
    }

    void add(int index, int origin) {
        if (size == indices.length) {
            indices = Arrays.copyOf(indices, size * 2);
            origins = Arrays.copyOf(origins, size * 2);
        }
        indices[size] = index;
        origins[size++] = origin;
    }

    public int size() {
        return size;
    }

    public int index(int i) {
        return indices[i];
    }

    int origin(int i) {
        return origins[i];
    }

    /** Every feature's value: the vector has unit length whatever the post's length. */
    public float value() {
        return size == 0 ? 0 : (float) (1 / Math.sqrt(size));
    }

    /** The distinct indices in order of first appearance, in the first {@link #distinctSize} places. */
    int[] distinct() {
        count();
        return distinct;
    }

    /** How often each of {@link #distinct} appears, at the same position. */
    int[] times() {
        count();
        return times;
    }

    int distinctSize() {
        count();
        return distinctSize;
    }

    /** Counts repeated indices once per post, in an open-addressing table, for the reasons of both models. */
    private void count() {
        if (distinctSize >= 0) {
            return;
        }
        var bits = 32 - Integer.numberOfLeadingZeros(Math.max(16, size * 2) - 1);
        var slots = new int[1 << bits];
        var found = new int[size];
        var counts = new int[size];
        var n = 0;
        for (var i = 0; i < size; i++) {
            var index = indices[i];
            var slot = (index * 0x9E3779B1) >>> (32 - bits);
            // A slot holds 1 + the position in `found`, 0 when empty.
            while (slots[slot] != 0 && found[slots[slot] - 1] != index) {
                slot = (slot + 1) & (slots.length - 1);
            }
            if (slots[slot] == 0) {
                found[n] = index;
                slots[slot] = ++n;
            }
            counts[slots[slot] - 1]++;
        }
        distinct = found;
        times = counts;
        distinctSize = n;
    }
}
