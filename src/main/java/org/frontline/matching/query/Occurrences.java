package org.frontline.matching.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.frontline.matching.query.Node.NearNode;
import org.frontline.matching.query.Node.OrNode;
import org.frontline.matching.query.Node.PhraseNode;
import org.frontline.matching.query.Node.PrefixNode;
import org.frontline.matching.query.Node.TagNode;
import org.frontline.matching.query.Node.WordNode;

/**
 * Finds where positional nodes occur in a text, and which occurrences satisfy a proximity condition. Proximity
 * sorts and binary-searches, so its cost grows with n log n in the number of occurrences, never with their product.
 */
final class Occurrences {

    private static final Comparator<Occurrence> BY_FIRST = Comparator.comparingInt(Occurrence::firstToken);
    private static final Comparator<Occurrence> BY_LAST = Comparator.comparingInt(Occurrence::lastToken);

    private Occurrences() {}

    static List<Occurrence> of(MatchableText text, Node node) {
        return switch (node) {
            case WordNode word -> ofWord(text, word.word());
            case PhraseNode phrase -> ofPhrase(text, phrase.words());
            case PrefixNode prefix -> ofPrefix(text, prefix.stem());
            case TagNode tag -> text.tagsOf(tag.key()).stream()
                    .map(t -> new Occurrence(t.firstToken(), t.lastToken(), t.start(), t.end()))
                    .toList();
            case OrNode or -> {
                List<Occurrence> all = new ArrayList<>();
                or.clauses().forEach(clause -> all.addAll(of(text, clause)));
                yield all;
            }
            default -> throw new IllegalArgumentException("Not a positional node: " + node);
        };
    }

    static boolean isNear(MatchableText text, NearNode near) {
        return !near(text, near).isEmpty();
    }

    /** The occurrences of either operand that have a partner of the other operand close enough. */
    static List<Occurrence> near(MatchableText text, NearNode near) {
        Sorted left = new Sorted(of(text, near.left()));
        Sorted right = new Sorted(of(text, near.right()));
        List<Occurrence> close = new ArrayList<>();
        for (Occurrence a : left.byFirst) {
            if (right.startsAfter(a, near.distance()) || !near.ordered() && right.endsBefore(a, near.distance())) {
                close.add(a);
            }
        }
        if (close.isEmpty()) {
            return close;
        }
        for (Occurrence b : right.byFirst) {
            if (left.endsBefore(b, near.distance()) || !near.ordered() && left.startsAfter(b, near.distance())) {
                close.add(b);
            }
        }
        return close;
    }

    private static List<Occurrence> ofWord(MatchableText text, String word) {
        int[] positions = text.positionsOf(word);
        List<Occurrence> found = new ArrayList<>(positions.length);
        for (int position : positions) {
            found.add(at(text, position, position));
        }
        return found;
    }

    private static List<Occurrence> ofPhrase(MatchableText text, List<String> words) {
        List<Occurrence> found = new ArrayList<>(1);
        for (int first : text.positionsOf(words.getFirst())) {
            if (continuesAt(text, words, first)) {
                found.add(at(text, first, first + words.size() - 1));
            }
        }
        return found;
    }

    private static List<Occurrence> ofPrefix(MatchableText text, String stem) {
        List<Occurrence> found = new ArrayList<>(1);
        for (int position = 0; position < text.size(); position++) {
            if (text.word(text.wordAt(position)).startsWith(stem)) {
                found.add(at(text, position, position));
            }
        }
        return found;
    }

    /** Whether the phrase occurs, without collecting where. */
    static boolean occurs(MatchableText text, List<String> words) {
        for (int first : text.positionsOf(words.getFirst())) {
            if (continuesAt(text, words, first)) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesAt(MatchableText text, List<String> words, int first) {
        if (first + words.size() > text.size()) {
            return false;
        }
        for (int i = 1; i < words.size(); i++) {
            if (!text.word(text.wordAt(first + i)).equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Occurrence at(MatchableText text, int firstToken, int lastToken) {
        return new Occurrence(firstToken, lastToken, text.start(firstToken), text.end(lastToken));
    }

    /** One operand's occurrences, sorted by first and by last token for binary search. */
    private static final class Sorted {

        private final Occurrence[] byFirst;
        private final Occurrence[] byLast;

        Sorted(List<Occurrence> occurrences) {
            byFirst = occurrences.toArray(Occurrence[]::new);
            Arrays.sort(byFirst, BY_FIRST);
            byLast = occurrences.toArray(Occurrence[]::new);
            Arrays.sort(byLast, BY_LAST);
        }

        /** Whether one of these starts after {@code other} ends, with at most {@code distance} tokens between. */
        boolean startsAfter(Occurrence other, int distance) {
            int low = 0;
            int high = byFirst.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (byFirst[middle].firstToken() <= other.lastToken()) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low < byFirst.length && byFirst[low].firstToken() - other.lastToken() - 1 <= distance;
        }

        /** Whether one of these ends before {@code other} starts, with at most {@code distance} tokens between. */
        boolean endsBefore(Occurrence other, int distance) {
            int low = 0;
            int high = byLast.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (byLast[middle].lastToken() < other.firstToken()) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low > 0 && other.firstToken() - byLast[low - 1].lastToken() - 1 <= distance;
        }
    }
}
