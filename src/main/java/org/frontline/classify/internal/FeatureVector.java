package org.frontline.classify.internal;

import java.util.Arrays;

/** Hashed feature indices of one post, each present with the same value 1/sqrt(n) (unit length). */
public final class FeatureVector {

    private int[] indices;
    private int size;

    FeatureVector(int capacity) {
        this.indices = new int[Math.max(capacity, 16)];
    }

    void add(int index) {
        if (size == indices.length) {
            indices = Arrays.copyOf(indices, size * 2);
        }
        indices[size++] = index;
    }

    public int size() {
        return size;
    }

    public int index(int i) {
        return indices[i];
    }

    /** Every feature's value: the vector has unit length whatever the post's length. */
    public float value() {
        return size == 0 ? 0 : (float) (1 / Math.sqrt(size));
    }
}
