package org.frontline.matching.query;

import java.util.List;
import org.frontline.matching.Span;
import org.frontline.matching.query.Node.AndNode;
import org.frontline.matching.query.Node.FieldNode;
import org.frontline.matching.query.Node.FollowersNode;
import org.frontline.matching.query.Node.NearNode;
import org.frontline.matching.query.Node.NotNode;
import org.frontline.matching.query.Node.OrNode;
import org.frontline.matching.query.Node.PhraseNode;
import org.frontline.matching.query.Node.PrefixNode;
import org.frontline.matching.query.Node.TagNode;
import org.frontline.matching.query.Node.WordNode;

/** One query evaluated against one text. Remembers each node's result, so explaining a match re-tests nothing. */
final class Evaluation {

    private static final byte UNKNOWN = 0;
    private static final byte TRUE = 1;
    private static final byte FALSE = 2;

    private final MatchableText text;
    private final byte[] results;

    Evaluation(MatchableText text, int nodeCount) {
        this.text = text;
        this.results = new byte[nodeCount];
    }

    boolean isTrue(Node node) {
        byte known = results[node.id()];
        if (known == UNKNOWN) {
            known = evaluate(node) ? TRUE : FALSE;
            results[node.id()] = known;
        }
        return known == TRUE;
    }

    /**
     * Adds the spans of the words that make the true {@code node} true: every occurrence of its positive words, but
     * only in the branches that hold. Words under one NOT are absent and have no span; fields have none.
     */
    void explainTrue(Node node, List<Span> spans) {
        switch (node) {
            case WordNode w -> addAll(Occurrences.of(text, w), spans);
            case PhraseNode p -> addAll(Occurrences.of(text, p), spans);
            case PrefixNode p -> addAll(Occurrences.of(text, p), spans);
            case TagNode t -> addAll(Occurrences.of(text, t), spans);
            case NearNode near -> addAll(Occurrences.near(text, near), spans);
            case FieldNode f -> {}
            case FollowersNode f -> {}
            case AndNode and -> and.clauses().forEach(clause -> explainTrue(clause, spans));
            case OrNode or -> explainWhere(or.clauses(), true, spans);
            case NotNode not -> explainFalse(not.clause(), spans);
        }
    }

    // A false node can still hold positive words: those under a second NOT, as in NOT (a AND NOT b).
    private void explainFalse(Node node, List<Span> spans) {
        switch (node) {
            case AndNode and -> explainWhere(and.clauses(), false, spans);
            case OrNode or -> or.clauses().forEach(clause -> explainFalse(clause, spans));
            case NotNode not -> explainTrue(not.clause(), spans);
            default -> {}
        }
    }

    private void explainWhere(List<Node> clauses, boolean value, List<Span> spans) {
        for (Node clause : clauses) {
            if (isTrue(clause) != value) {
                continue;
            }
            if (value) {
                explainTrue(clause, spans);
            } else {
                explainFalse(clause, spans);
            }
        }
    }

    // An instanceof chain, most frequent kinds first: on the hot path it is measurably faster than a pattern switch.
    private boolean evaluate(Node node) {
        if (node instanceof WordNode word) {
            return text.positionsOf(word.word()).length > 0;
        }
        if (node instanceof OrNode or) {
            return any(or.clauses());
        }
        if (node instanceof AndNode and) {
            return all(and.clauses());
        }
        if (node instanceof NotNode not) {
            return !isTrue(not.clause());
        }
        if (node instanceof PhraseNode phrase) {
            return Occurrences.occurs(text, phrase.words());
        }
        if (node instanceof PrefixNode prefix) {
            return hasWordStartingWith(prefix.stem());
        }
        if (node instanceof FieldNode field) {
            return FieldMatching.holds(field.field(), text);
        }
        if (node instanceof NearNode near) {
            return isTrue(near.left()) && isTrue(near.right()) && Occurrences.isNear(text, near);
        }
        if (node instanceof TagNode tag) {
            return !text.tagsOf(tag.key()).isEmpty();
        }
        return ((FollowersNode) node).followers().holdsFor(text.facts().followers());
    }

    private boolean hasWordStartingWith(String stem) {
        for (int i = 0; i < text.wordCount(); i++) {
            if (text.word(i).startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private boolean all(List<Node> clauses) {
        for (Node clause : clauses) {
            if (!isTrue(clause)) {
                return false;
            }
        }
        return true;
    }

    private boolean any(List<Node> clauses) {
        for (Node clause : clauses) {
            if (isTrue(clause)) {
                return true;
            }
        }
        return false;
    }

    private static void addAll(List<Occurrence> occurrences, List<Span> spans) {
        for (Occurrence occurrence : occurrences) {
            spans.add(new Span(occurrence.start(), occurrence.end()));
        }
    }
}
