package org.frontline.matching.query;

/**
 * {@code a NEAR/3 b}: an occurrence of {@code left} and one of {@code right}, not overlapping, with at most
 * {@code distance} words between them; when {@code ordered} ({@code NEAR/3f}) {@code left} comes first. Operands are
 * positional: terms, phrases, wildcards, hashtags, mentions, or OR groups of them.
 */
public record Near(Query left, Query right, int distance, boolean ordered) implements Query {

    /** Largest accepted distance: farther apart than this, two words are no longer "near". */
    public static final int MAX_DISTANCE = 100;

    /** @throws IllegalArgumentException if an operand is not positional or the distance is out of range */
    public Near {
        if (distance < 0 || distance > MAX_DISTANCE) {
            throw new IllegalArgumentException("NEAR distance must be within 0.." + MAX_DISTANCE);
        }
        if (!isPositional(left) || !isPositional(right)) {
            throw new IllegalArgumentException("NEAR operands must be words, phrases, wildcards, hashtags or mentions");
        }
    }

    /** Whether {@code query} stands at places in the text, so that its distance to another can be measured. */
    public static boolean isPositional(Query query) {
        return switch (query) {
            case Term t -> true;
            case Phrase p -> true;
            case Prefix p -> true;
            case Hashtag h -> true;
            case Mention m -> true;
            case Or or -> or.clauses().stream().allMatch(Near::isPositional);
            default -> false;
        };
    }

    @Override
    public String canonical() {
        return operand(left) + " NEAR/" + distance + (ordered ? "f " : " ") + operand(right);
    }

    private static String operand(Query query) {
        return query instanceof Or ? Groups.parenthesized(query) : query.canonical();
    }
}
