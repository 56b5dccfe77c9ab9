package org.frontline.matching.query;

import java.util.List;
import org.frontline.matching.Span;
import org.frontline.matching.query.Node.AndNode;
import org.frontline.matching.query.Node.NotNode;
import org.frontline.matching.query.Node.OrNode;
import org.frontline.matching.query.Node.PhraseNode;
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
     * only in the branches that hold. Words under one NOT are absent and have no span.
     */
    void explainTrue(Node node, List<Span> spans) {
        switch (node) {
            case WordNode word -> {
                for (int position : text.positionsOf(word.word())) {
                    spans.add(span(position, position));
                }
            }
            case PhraseNode phrase -> {
                for (int first : text.positionsOf(phrase.words().getFirst())) {
                    if (continuesAt(phrase.words(), first)) {
                        spans.add(span(first, first + phrase.words().size() - 1));
                    }
                }
            }
            case AndNode and -> and.clauses().forEach(clause -> explainTrue(clause, spans));
            case OrNode or -> explainWhere(or.clauses(), true, spans);
            case NotNode not -> explainFalse(not.clause(), spans);
        }
    }

    // A false node can still hold positive words: those under a second NOT, as in NOT (a AND NOT b).
    private void explainFalse(Node node, List<Span> spans) {
        switch (node) {
            case WordNode word -> {}
            case PhraseNode phrase -> {}
            case AndNode and -> explainWhere(and.clauses(), false, spans);
            case OrNode or -> or.clauses().forEach(clause -> explainFalse(clause, spans));
            case NotNode not -> explainTrue(not.clause(), spans);
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

    private boolean evaluate(Node node) {
        return switch (node) {
            case WordNode word -> text.positionsOf(word.word()).length > 0;
            case PhraseNode phrase -> occurs(phrase.words());
            case AndNode and -> all(and.clauses());
            case OrNode or -> any(or.clauses());
            case NotNode not -> !isTrue(not.clause());
        };
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

    private boolean occurs(List<String> words) {
        for (int first : text.positionsOf(words.getFirst())) {
            if (continuesAt(words, first)) {
                return true;
            }
        }
        return false;
    }

    private boolean continuesAt(List<String> words, int first) {
        if (first + words.size() > text.size()) {
            return false;
        }
        for (int i = 1; i < words.size(); i++) {
            if (!text.token(first + i).folded().equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private Span span(int firstToken, int lastToken) {
        return new Span(text.token(firstToken).start(), text.token(lastToken).end());
    }
}
