package org.frontline.shared;

/**
 * A page of a list, 0-based. Sizes are clamped rather than rejected so a client asking for too much
 * still gets an answer.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        size = Math.clamp(size, 1, MAX_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
