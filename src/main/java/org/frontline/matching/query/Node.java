package org.frontline.matching.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link Query} prepared for evaluation. Each node has an id, unique in its tree and below the tree's node count,
 * so an evaluation can remember results in an array instead of a map.
 */
sealed interface Node {

    int id();

    record WordNode(int id, String word) implements Node {}

    record PhraseNode(int id, List<String> words) implements Node {}

    record AndNode(int id, List<Node> clauses) implements Node {}

    record OrNode(int id, List<Node> clauses) implements Node {}

    record NotNode(int id, Node clause) implements Node {}

    /** Numbers the nodes of one tree. */
    final class Compiler {

        // Single words are cheaper to test than groups; testing them first lets AND and OR stop sooner.
        private static final Comparator<Node> CHEAPEST_FIRST =
                Comparator.comparingInt(node -> node instanceof WordNode ? 0 : node instanceof PhraseNode ? 1 : 2);

        private int count;

        int count() {
            return count;
        }

        Node compile(Query query) {
            return switch (query) {
                case Term term -> new WordNode(count++, term.text());
                case Phrase phrase -> compilePhrase(phrase.words());
                case And and -> new AndNode(count++, compileAll(and.clauses()));
                case Or or -> new OrNode(count++, compileAll(or.clauses()));
                case Not not -> new NotNode(count++, compile(not.clause()));
            };
        }

        private Node compilePhrase(List<String> words) {
            return words.size() == 1 ? new WordNode(count++, words.getFirst()) : new PhraseNode(count++, words);
        }

        private List<Node> compileAll(List<Query> clauses) {
            List<Node> nodes = new ArrayList<>(clauses.size());
            clauses.forEach(clause -> nodes.add(compile(clause)));
            nodes.sort(CHEAPEST_FIRST);
            return List.copyOf(nodes);
        }
    }
}
