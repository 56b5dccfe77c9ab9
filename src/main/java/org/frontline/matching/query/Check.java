package org.frontline.matching.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

/**
 * A query's yes/no test, compiled against the {@link Atoms} of one {@link QueryIndex}: words, wildcard stems and tags
 * are array look-ups in the post's {@link PostScan} instead of string hashing, and nothing is allocated. Phrases and
 * proximity are only worked out on the text when every word they need is present. Gives exactly the answer of
 * {@link CompiledQuery#matches}; {@code QueryIndexTests} checks that on random queries and posts.
 */
sealed interface Check {

    boolean holds(PostScan scan);

    /** A word that the post has. */
    record Present(int atom) implements Check {
        @Override
        public boolean holds(PostScan scan) {
            return scan.has(atom);
        }
    }

    /** A wildcard: the post has a word that starts with {@code stem}. */
    record StemPresent(int atom, String stem) implements Check {
        @Override
        public boolean holds(PostScan scan) {
            return scan.has(atom);
        }
    }

    /** A hashtag or mention that the post has, by its key. */
    record TagPresent(int atom, String key) implements Check {
        @Override
        public boolean holds(PostScan scan) {
            return scan.has(atom);
        }
    }

    /** The word atoms of a phrase in order; {@code pair} is the atom of its two words when it has exactly two. */
    record PhraseIn(int[] sequence, int pair) implements Check {
        @Override
        public boolean holds(PostScan scan) {
            if (pair >= 0) {
                return scan.has(pair);
            }
            for (int atom : sequence) {
                if (!scan.has(atom)) {
                    return false;
                }
            }
            return scan.occurs(sequence);
        }
    }

    record NearBy(Check left, Check right, NearNode near) implements Check {
        @Override
        public boolean holds(PostScan scan) {
            return left.holds(scan) && right.holds(scan) && Occurrences.isNear(scan.text(), near);
        }
    }

    record FieldHolds(Field field) implements Check {
        @Override
        public boolean holds(PostScan scan) {
            return FieldMatching.holds(field, scan.text());
        }
    }

    record FollowersHold(Followers followers) implements Check {
        @Override
        public boolean holds(PostScan scan) {
            return followers.holdsFor(scan.text().facts().followers());
        }
    }

    /**
     * An AND. Clauses that are one atom (a word, a stem, a tag, a two-word phrase) are also kept as numbers, those
     * required and those under a NOT, so the usual AND-with-NOT query is tested in two loops over int arrays before
     * any other clause is called; {@code clauses} keeps them all, in order, for spans.
     */
    record All(Check[] clauses, int[] required, int[] forbidden, Check[] others) implements Check {

        static All of(Check[] clauses) {
            IntArray required = new IntArray();
            IntArray forbidden = new IntArray();
            List<Check> others = new ArrayList<>();
            for (Check clause : clauses) {
                int atom = atomOf(clause);
                int negated = clause instanceof Not not ? atomOf(not.clause()) : -1;
                if (atom >= 0) {
                    required.add(atom);
                } else if (negated >= 0) {
                    forbidden.add(negated);
                } else {
                    others.add(clause);
                }
            }
            return new All(clauses, required.toArray(), forbidden.toArray(), others.toArray(Check[]::new));
        }

        @Override
        public boolean holds(PostScan scan) {
            for (int atom : required) {
                if (!scan.has(atom)) {
                    return false;
                }
            }
            for (int atom : forbidden) {
                if (scan.has(atom)) {
                    return false;
                }
            }
            for (Check clause : others) {
                if (!clause.holds(scan)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * An OR. Clauses that are one atom are also kept as numbers and looked at first, in one loop over an int array;
     * its words ({@code words}, the rest in {@code notWords}) are kept as numbers for spans too.
     */
    record Any(Check[] clauses, int[] atoms, Check[] others, int[] words, Check[] notWords) implements Check {

        static Any of(Check[] clauses) {
            IntArray atoms = new IntArray();
            List<Check> others = new ArrayList<>();
            IntArray words = new IntArray();
            List<Check> notWords = new ArrayList<>();
            for (Check clause : clauses) {
                int atom = atomOf(clause);
                if (atom >= 0) {
                    atoms.add(atom);
                } else {
                    others.add(clause);
                }
                if (clause instanceof Present word) {
                    words.add(word.atom());
                } else {
                    notWords.add(clause);
                }
            }
            return new Any(clauses, atoms.toArray(), others.toArray(Check[]::new), words.toArray(),
                    notWords.toArray(Check[]::new));
        }

        @Override
        public boolean holds(PostScan scan) {
            for (int atom : atoms) {
                if (scan.has(atom)) {
                    return true;
                }
            }
            for (Check clause : others) {
                if (clause.holds(scan)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Not(Check clause) implements Check {
        @Override
        public boolean holds(PostScan scan) {
            return !clause.holds(scan);
        }
    }

    /**
     * Whether the post having {@code atom} is enough for this check to hold: the check is that atom, or an OR with it
     * as a direct operand. The index then reports such a query without testing it.
     */
    default boolean isImpliedBy(int atom) {
        return switch (this) {
            case Present present -> present.atom() == atom;
            case StemPresent stem -> stem.atom() == atom;
            case TagPresent tag -> tag.atom() == atom;
            case PhraseIn phrase -> phrase.pair() == atom;
            case Any any -> {
                for (Check clause : any.clauses()) {
                    if (clause.isImpliedBy(atom) && !(clause instanceof Any)) {
                        yield true;
                    }
                }
                yield false;
            }
            default -> false;
        };
    }

    /** Compiles a query's node tree, registering its words, stems and tags in {@code atoms}. */
    static Check compile(Node node, Atoms atoms) {
        return switch (node) {
            case WordNode word -> new Present(atoms.word(word.word()).id());
            case PrefixNode prefix -> new StemPresent(atoms.stem(prefix.stem()).id(), prefix.stem());
            case TagNode tag -> new TagPresent(atoms.tag(tag.key()).id(), tag.key());
            case PhraseNode phrase -> new PhraseIn(
                    phrase.words().stream().mapToInt(word -> atoms.word(word).id()).toArray(),
                    phrase.words().size() == 2 ? atoms.pair(phrase.words().get(0), phrase.words().get(1)).id() : -1);
            case NearNode near -> new NearBy(compile(near.left(), atoms), compile(near.right(), atoms), near);
            case FieldNode field -> new FieldHolds(field.field());
            case FollowersNode followers -> new FollowersHold(followers.followers());
            case AndNode and -> All.of(flattened(and.clauses(), atoms, All.class));
            case OrNode or -> Any.of(flattened(or.clauses(), atoms, Any.class));
            case NotNode not -> new Not(compile(not.clause(), atoms));
        };
    }

    // (a OR b) OR c tests as a OR b OR c, so that each of a, b and c alone is known to imply it.
    private static Check[] flattened(List<Node> clauses, Atoms atoms, Class<? extends Check> group) {
        List<Check> flat = new ArrayList<>(clauses.size());
        for (Node clause : clauses) {
            Check check = compile(clause, atoms);
            switch (check) {
                case All all when group == All.class -> flat.addAll(List.of(all.clauses()));
                case Any any when group == Any.class -> flat.addAll(List.of(any.clauses()));
                default -> flat.add(check);
            }
        }
        return flat.toArray(Check[]::new);
    }

    /** The atom whose presence alone decides {@code check}, or -1 when it takes more than an array read. */
    private static int atomOf(Check check) {
        return switch (check) {
            case Present present -> present.atom();
            case StemPresent stem -> stem.atom();
            case TagPresent tag -> tag.atom();
            case PhraseIn phrase -> phrase.pair();
            default -> -1;
        };
    }

    /** A growable list of ints, for compiling. */
    final class IntArray {

        private int[] items = new int[4];
        private int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
