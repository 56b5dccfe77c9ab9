package org.frontline.matching.query;

import java.util.List;
import org.frontline.matching.Span;
import org.frontline.matching.query.Check.All;
import org.frontline.matching.query.Check.Any;
import org.frontline.matching.query.Check.NearBy;
import org.frontline.matching.query.Check.Not;
import org.frontline.matching.query.Check.PhraseIn;
import org.frontline.matching.query.Check.Present;
import org.frontline.matching.query.Check.StemPresent;
import org.frontline.matching.query.Check.TagPresent;

/**
 * The spans of a query that matched, worked out from what its post's {@link PostScan} holds: a word's tokens are the
 * positions recorded for its atom, a phrase is compared as atom numbers, and spans are sorted as packed numbers, so
 * no string is hashed and no object is made besides the spans returned. Follows the rules of
 * {@link CompiledQuery#match} (every occurrence of each positive word, only in the branches that hold) and gives
 * exactly its spans; {@code QueryIndexTests} checks that on random queries and posts.
 */
final class MatchSpans {

    private MatchSpans() {}

    /** The merged spans of a query whose {@code check} holds for the post of {@code scan}. */
    static List<Span> of(Check check, PostScan scan) {
        scan.clearSpans();
        explainTrue(check, scan);
        return scan.mergedSpans();
    }

    // An instanceof chain, most frequent kinds first: on this hot path it is faster than a pattern switch.
    private static void explainTrue(Check check, PostScan scan) {
        if (check instanceof Present word) {
            scan.addWordSpans(word.atom());
        } else if (check instanceof Any any) {
            for (int word : any.words()) {
                if (scan.has(word)) {
                    scan.addWordSpans(word);
                }
            }
            for (Check clause : any.notWords()) {
                if (clause.holds(scan)) {
                    explainTrue(clause, scan);
                }
            }
        } else if (check instanceof PhraseIn phrase) {
            addPhrase(phrase.sequence(), scan);
        } else if (check instanceof All all) {
            for (Check clause : all.clauses()) {
                explainTrue(clause, scan);
            }
        } else if (check instanceof Not not) {
            explainFalse(not.clause(), scan);
        } else if (check instanceof StemPresent stem) {
            addStem(stem, scan);
        } else if (check instanceof NearBy near) {
            Occurrences.near(scan.text(), near.near()).forEach(found -> scan.addSpan(found.start(), found.end()));
        } else if (check instanceof TagPresent tag) {
            scan.text().tagsOf(tag.key()).forEach(found -> scan.addSpan(found.start(), found.end()));
        }
        // FieldHolds and FollowersHold have no place in the text.
    }

    // A false check can still hold positive words: those under a second NOT, as in NOT (a AND NOT b).
    private static void explainFalse(Check check, PostScan scan) {
        switch (check) {
            case All all -> {
                for (Check clause : all.clauses()) {
                    if (!clause.holds(scan)) {
                        explainFalse(clause, scan);
                    }
                }
            }
            case Any any -> {
                for (Check clause : any.clauses()) {
                    explainFalse(clause, scan);
                }
            }
            case Not not -> explainTrue(not.clause(), scan);
            default -> {}
        }
    }

    private static void addPhrase(int[] sequence, PostScan scan) {
        for (int first : scan.positionsOf(sequence[0])) {
            if (scan.occursAt(sequence, first)) {
                scan.addTokenSpan(first, first + sequence.length - 1);
            }
        }
    }

    private static void addStem(StemPresent stem, PostScan scan) {
        MatchableText text = scan.text();
        for (int word = scan.firstWordOfStem(stem.atom()); word < text.wordCount(); word++) {
            if (text.word(word).startsWith(stem.stem())) {
                for (int position : text.positions(word)) {
                    scan.addTokenSpan(position, position);
                }
            }
        }
    }
}
