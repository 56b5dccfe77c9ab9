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

    record PrefixNode(int id, String stem) implements Node {}

    /** A hashtag or mention, by its key ({@code "#refund"}, {@code "@acme"}). */
    record TagNode(int id, String key) implements Node {}

    record NearNode(int id, Node left, Node right, int distance, boolean ordered) implements Node {}

    record FieldNode(int id, Field field) implements Node {}

    record FollowersNode(int id, Followers followers) implements Node {}

    record AndNode(int id, List<Node> clauses) implements Node {}

    record OrNode(int id, List<Node> clauses) implements Node {}

    record NotNode(int id, Node clause) implements Node {}

    /** Numbers the nodes of one tree. */
    final class Compiler {

        // Cheap tests first lets AND and OR stop sooner: lookups, then scans, then proximity, then groups.
        private static final Comparator<Node> CHEAPEST_FIRST = Comparator.comparingInt(Compiler::cost);

        private int count;

        int count() {
            return count;
        }

        Node compile(Query query) {
            return switch (query) {
                case Term term -> new WordNode(count++, term.text());
                case Phrase phrase -> compilePhrase(phrase.words());
                case Prefix prefix -> new PrefixNode(count++, prefix.stem());
                case Hashtag hashtag -> new TagNode(count++, hashtag.canonical());
                case Mention mention -> new TagNode(count++, mention.canonical());
                case Near near -> new NearNode(
                        count++, compile(near.left()), compile(near.right()), near.distance(), near.ordered());
                case Field field -> new FieldNode(count++, field);
                case Followers followers -> new FollowersNode(count++, followers);
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

        private static int cost(Node node) {
            return switch (node) {
                case WordNode w -> 0;
                case TagNode t -> 0;
                case FieldNode f -> 0;
                case FollowersNode f -> 0;
                case PhraseNode p -> 1;
                case PrefixNode p -> 1;
                case NearNode n -> 2;
                case NotNode n -> 3;
                case AndNode a -> 3;
                case OrNode o -> 3;
            };
        }
    }
}
