package org.frontline.matching.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.frontline.matching.Span;

/**
 * A {@link Query} ready to be matched against many texts. Immutable and thread-safe: compile once per saved query and
 * share it.
 */
public final class CompiledQuery {

    private static final Comparator<Span> BY_POSITION =
            Comparator.comparingInt(Span::start).thenComparingInt(Span::end);

    private final Query query;
    private final Node root;
    private final int nodeCount;

    private CompiledQuery(Query query, Node root, int nodeCount) {
        this.query = query;
        this.root = root;
        this.nodeCount = nodeCount;
    }

    /** Prepares {@code query} for matching; accepts any query, whether parsed or built from the records. */
    public static CompiledQuery compile(Query query) {
        Node.Compiler compiler = new Node.Compiler();
        Node root = compiler.compile(query);
        return new CompiledQuery(query, root, compiler.count());
    }

    Node root() {
        return root;
    }

    /** The query this was compiled from. */
    public Query query() {
        return query;
    }

    /**
     * Matches one text. Empty when the query does not match. Otherwise the spans in the original text of the terms and
     * phrases that make it match: every occurrence of each positive (non-negated) term or phrase, taken only from the
     * branches that hold, so in {@code (acme AND broken) OR refund} a text without "broken" highlights "refund" but not
     * "acme". Spans are sorted by start and merged where they overlap; the list is empty when only negations made the
     * query match ({@code NOT refund}).
     */
    public Optional<List<Span>> match(MatchableText text) {
        Evaluation evaluation = new Evaluation(text, nodeCount);
        if (!evaluation.isTrue(root)) {
            return Optional.empty();
        }
        List<Span> spans = new ArrayList<>();
        evaluation.explainTrue(root, spans);
        return Optional.of(merged(spans));
    }

    /** Whether the query matches, without working out spans: what a filter needs. */
    public boolean matches(MatchableText text) {
        return new Evaluation(text, nodeCount).isTrue(root);
    }

    /**
     * Same as {@link #match(MatchableText)} for tokens made by the {@link Tokenizer}. Indexes the tokens on every call:
     * to match one text against many queries, build its {@link MatchableText} once.
     */
    public Optional<List<Span>> match(List<Token> tokens) {
        return match(MatchableText.of(tokens));
    }

    @Override
    public String toString() {
        return "CompiledQuery[" + query.canonical() + "]";
    }

    private static List<Span> merged(List<Span> spans) {
        spans.sort(BY_POSITION);
        List<Span> merged = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int last = merged.size() - 1;
            if (last >= 0 && span.start() < merged.get(last).end()) {
                Span previous = merged.get(last);
                merged.set(last, new Span(previous.start(), Math.max(previous.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }
}
