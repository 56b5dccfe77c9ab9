package org.frontline.matching.query;

import java.util.Arrays;
import java.util.List;
import org.frontline.matching.Span;

/**
 * What one post has of a {@link QueryIndex}'s {@link Atoms}, and which of its queries are candidates. Sets are kept
 * by stamping entries with the post's number instead of clearing them for every post. One per thread and index,
 * reused from post to post.
 */
final class PostScan {

    private static final int NO_WORD = -1;
    private static final int MIXED = -2;

    private final int[] atomStamps;
    private final int[] queryMarks; // post << 1 when a candidate, plus 1 when sure: one array read for both
    private int[] candidates = new int[64];
    private int candidateCount;
    private int[] matches = new int[64];
    private int matchCount;
    private int[] tokenAtoms = new int[128];
    private final int[][] atomPositions;
    private final int[] stemFirstWords;
    private final int[] wordSpanStamps;
    private final List<?>[] wordSpans;
    private long[] spans = new long[64];
    private int spanCount;
    private int soleWord;
    private int post;
    private MatchableText text;

    PostScan(int atomCount, int queryCount) {
        atomStamps = new int[atomCount];
        queryMarks = new int[queryCount];
        atomPositions = new int[atomCount][];
        stemFirstWords = new int[atomCount];
        wordSpanStamps = new int[atomCount];
        wordSpans = new List<?>[atomCount];
    }

    PostScan start(MatchableText text) {
        this.text = text;
        if (tokenAtoms.length < text.size()) {
            tokenAtoms = new int[Math.max(text.size(), tokenAtoms.length * 2)];
        }
        Arrays.fill(tokenAtoms, 0, text.size(), -1);
        candidateCount = 0;
        matchCount = 0;
        if (++post == 1 << 30) { // after 2^30 posts the marks would wrap around: start afresh
            Arrays.fill(atomStamps, 0);
            Arrays.fill(queryMarks, 0);
            Arrays.fill(wordSpanStamps, 0);
            post = 1;
        }
        return this;
    }

    /** Lets go of the post, so that a thread's scan does not keep it alive. */
    void finish() {
        text = null;
    }

    /** Records that the post has the stem atom {@code atom}, first in its distinct word number {@code word}. */
    void foundStem(Atoms.Atom atom, int word) {
        found(atom);
        stemFirstWords[atom.id()] = word;
    }

    /**
     * The first distinct word that starts with the stem atom {@code atom}: no word before it does, so its spans are
     * looked for from there on; 0 when the post does not have the stem.
     */
    int firstWordOfStem(int atom) {
        return has(atom) ? stemFirstWords[atom] : 0;
    }

    MatchableText text() {
        return text;
    }

    boolean has(int atom) {
        return atomStamps[atom] == post;
    }

    /** Records that the word atom {@code atom} stands at {@code positions} of the post's tokens. */
    void place(int atom, int[] positions) {
        atomPositions[atom] = positions;
        for (int position : positions) {
            tokenAtoms[position] = atom;
        }
    }

    /** Where the word atom {@code atom} stands, as token indexes, ascending; only for an atom the post {@link #has}. */
    int[] positionsOf(int atom) {
        return atomPositions[atom];
    }

    /** The word atom of the token at {@code position}, or -1 when no query uses that word. */
    int atomAt(int position) {
        return tokenAtoms[position];
    }

    /** Whether the word atoms {@code sequence} stand side by side from token {@code start} on. */
    boolean occursAt(int[] sequence, int start) {
        return start + sequence.length <= text.size() && continuesAt(sequence, start);
    }

    /** Whether the word atoms {@code sequence} stand side by side somewhere in the post. */
    boolean occurs(int[] sequence) {
        int last = text.size() - sequence.length;
        for (int start = 0; start <= last; start++) {
            if (tokenAtoms[start] == sequence[0] && continuesAt(sequence, start)) {
                return true;
            }
        }
        return false;
    }

    private boolean continuesAt(int[] sequence, int start) {
        for (int i = 1; i < sequence.length; i++) {
            if (tokenAtoms[start + i] != sequence[i]) {
                return false;
            }
        }
        return true;
    }

    /** Records that the post has {@code atom} and makes the queries filed under it candidates. */
    void found(Atoms.Atom atom) {
        atomStamps[atom.id()] = post;
        int mark = post << 1;
        for (int posting : atom.postings()) {
            int ordinal = posting >>> 1;
            int marked = queryMarks[ordinal];
            if (marked >>> 1 != post) {
                queryMarks[ordinal] = mark | (posting & 1);
                appendCandidate(ordinal);
            } else if ((posting & 1) != 0) {
                queryMarks[ordinal] = marked | 1;
            }
        }
    }

    /** Makes {@code ordinals} candidates (queries filed under facts, and those without keys). */
    void addCandidates(int[] ordinals) {
        for (int ordinal : ordinals) {
            addCandidate(ordinal);
        }
    }

    int candidateCount() {
        return candidateCount;
    }

    int candidate(int i) {
        return candidates[i];
    }

    /** Whether the candidate matches because of an atom alone, without testing it. */
    boolean isSure(int ordinal) {
        return queryMarks[ordinal] == (post << 1 | 1);
    }

    void addMatch(int ordinal) {
        if (matchCount == matches.length) {
            matches = Arrays.copyOf(matches, matchCount * 2);
        }
        matches[matchCount++] = ordinal;
    }

    /** The matches added since {@link #start}, in ascending order; valid until the next post. */
    int[] sortedMatches() {
        Arrays.sort(matches, 0, matchCount);
        return matches;
    }

    int matchCount() {
        return matchCount;
    }

    /** Starts collecting the spans of one query. */
    void clearSpans() {
        spanCount = 0;
        soleWord = NO_WORD;
    }

    /**
     * Adds the spans of every token of the word atom {@code atom}. While the spans of a query are those of one word
     * only, they are that word's shared list, made once per post.
     */
    void addWordSpans(int atom) {
        if (soleWord == NO_WORD && spanCount == 0) {
            soleWord = atom; // its spans are added only if another part of the query adds spans too
            return;
        }
        mixSoleWord();
        appendWord(atom);
    }

    private void appendWord(int atom) {
        for (int position : atomPositions[atom]) {
            append((long) text.start(position) << 32 | text.end(position));
        }
    }

    private void mixSoleWord() {
        if (soleWord >= 0) {
            appendWord(soleWord);
        }
        soleWord = MIXED;
    }

    /** Adds the span of tokens {@code [firstToken, lastToken]} of the original text. */
    void addTokenSpan(int firstToken, int lastToken) {
        addSpan(text.start(firstToken), text.end(lastToken));
    }

    void addSpan(int start, int end) {
        mixSoleWord();
        append((long) start << 32 | end);
    }

    private void append(long span) {
        if (spanCount == spans.length) {
            spans = Arrays.copyOf(spans, spanCount * 2);
        }
        spans[spanCount++] = span;
    }

    /**
     * The spans added since {@link #clearSpans}, sorted by start then end and merged where they overlap, as
     * {@link CompiledQuery#match} gives them. Start and end are packed into one {@code long} so that sorting
     * allocates nothing; offsets are never negative.
     */
    List<Span> mergedSpans() {
        if (soleWord >= 0) {
            return spansOfWord(soleWord);
        }
        if (spanCount == 0) {
            return List.of();
        }
        if (spanCount == 1) {
            return List.of(new Span((int) (spans[0] >>> 32), (int) spans[0]));
        }
        Arrays.sort(spans, 0, spanCount);
        Span[] merged = new Span[spanCount];
        int count = 0;
        int start = (int) (spans[0] >>> 32);
        int end = (int) spans[0];
        for (int i = 1; i < spanCount; i++) {
            int nextStart = (int) (spans[i] >>> 32);
            int nextEnd = (int) spans[i];
            if (nextStart < end) {
                end = Math.max(end, nextEnd);
            } else {
                merged[count++] = new Span(start, end);
                start = nextStart;
                end = nextEnd;
            }
        }
        merged[count++] = new Span(start, end);
        return switch (count) {
            case 1 -> List.of(merged[0]);
            case 2 -> List.of(merged[0], merged[1]);
            default -> List.of(count == merged.length ? merged : Arrays.copyOf(merged, count));
        };
    }

    // A word's tokens never overlap and come in text order, so its spans need neither sorting nor merging.
    @SuppressWarnings("unchecked")
    private List<Span> spansOfWord(int atom) {
        if (wordSpanStamps[atom] != post) {
            wordSpanStamps[atom] = post;
            int[] positions = atomPositions[atom];
            Span[] made = new Span[positions.length];
            for (int i = 0; i < positions.length; i++) {
                made[i] = new Span(text.start(positions[i]), text.end(positions[i]));
            }
            wordSpans[atom] = made.length == 1 ? List.of(made[0]) : List.of(made);
        }
        return (List<Span>) wordSpans[atom];
    }

    private void addCandidate(int ordinal) {
        if (queryMarks[ordinal] >>> 1 != post) {
            queryMarks[ordinal] = post << 1;
            appendCandidate(ordinal);
        }
    }

    private void appendCandidate(int ordinal) {
        if (candidateCount == candidates.length) {
            candidates = Arrays.copyOf(candidates, candidateCount * 2);
        }
        candidates[candidateCount++] = ordinal;
    }
}
