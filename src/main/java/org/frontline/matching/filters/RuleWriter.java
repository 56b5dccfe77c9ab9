package org.frontline.matching.filters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Filter} in a network's boolean syntax and, where the network caps the length of one rule, splits an
 * {@code OR} over several rules (the network sends a post when any rule holds) or leaves out {@code AND} clauses
 * (which only widens the rule) until every rule fits.
 */
final class RuleWriter {

    /** How a network writes AND, OR and a negation. */
    record Syntax(String and, String or, String not) {
        static final Syntax X = new Syntax(" ", " OR ", "-");
        static final Syntax REDDIT = new Syntax(" AND ", " OR ", "NOT ");
    }

    private final Syntax syntax;
    private final int maxLength;
    private final List<String> notes = new ArrayList<>();
    private boolean shortened;

    RuleWriter(Syntax syntax, int maxLength) {
        this.syntax = syntax;
        this.maxLength = maxLength;
    }

    List<String> notes() {
        return notes;
    }

    /** Whether fitting the length left a clause out (the rules are then wider than the filter). */
    boolean shortened() {
        return shortened;
    }

    String write(Filter filter) {
        return switch (filter) {
            case Filter.Operator operator -> operator.text();
            case Filter.Excluded excluded -> syntax.not() + excluded.operator().text();
            case Filter.All all -> join(all.clauses(), syntax.and(), Filter.Any.class);
            case Filter.Any any -> join(any.clauses(), syntax.or(), Filter.All.class);
            case Filter.Constant constant -> throw new IllegalArgumentException("A constant is never written");
        };
    }

    /** Rules that together hold whenever {@code filter} does, each at most {@code maxLength}; empty when none fits. */
    List<String> rules(Filter filter) {
        String text = write(filter);
        if (text.length() <= maxLength) {
            return List.of(text);
        }
        return switch (filter) {
            case Filter.Any any -> split(any);
            case Filter.All all -> shorten(all);
            default -> {
                notes.add("An operator is longer than the " + maxLength + " characters a rule may have.");
                yield List.of();
            }
        };
    }

    private List<String> split(Filter.Any any) {
        List<String> rules = new ArrayList<>();
        List<Filter> group = new ArrayList<>();
        for (Filter clause : any.clauses()) {
            List<Filter> grown = new ArrayList<>(group);
            grown.add(clause);
            if (write(Filter.any(grown)).length() <= maxLength) {
                group = grown;
                continue;
            }
            if (!group.isEmpty()) {
                rules.add(write(Filter.any(group)));
            }
            group = new ArrayList<>(List.of(clause));
            if (write(clause).length() > maxLength) {
                List<String> parts = rules(clause);
                if (parts.isEmpty()) {
                    return List.of(); // one alternative cannot be sent: the others alone would miss its posts
                }
                rules.addAll(parts);
                group = new ArrayList<>();
            }
        }
        if (!group.isEmpty()) {
            rules.add(write(Filter.any(group)));
        }
        notes.add("Split over " + rules.size() + " rules (OR) to stay within " + maxLength + " characters each.");
        return rules;
    }

    private List<String> shorten(Filter.All all) {
        List<Filter> clauses = new ArrayList<>(all.clauses());
        List<String> left = new ArrayList<>();
        while (write(Filter.all(clauses)).length() > maxLength && clauses.size() > 1) {
            Filter dropped = droppable(clauses);
            if (dropped == null) {
                notes.add("No shorter rule keeps a word, phrase, tag, author or link for X to anchor on.");
                return List.of();
            }
            clauses.remove(dropped);
            left.add(write(dropped));
        }
        shortened = true;
        notes.add("Shortened to " + maxLength + " characters by leaving out " + String.join(", ", left)
                + "; Frontline still checks " + (left.size() == 1 ? "it" : "them") + ".");
        return rules(Filter.all(clauses));
    }

    /** Exclusions go first, then the longest clause whose removal keeps the rule anchored. */
    private @Nullable Filter droppable(List<Filter> clauses) {
        Comparator<Filter> order = Comparator.<Filter>comparingInt(c -> c instanceof Filter.Excluded ? 0 : 1)
                .thenComparing(Comparator.<Filter>comparingInt(c -> write(c).length()).reversed());
        return clauses.stream()
                .sorted(order)
                .filter(candidate -> {
                    List<Filter> rest = new ArrayList<>(clauses);
                    rest.remove(candidate);
                    return Filter.anchored(Filter.all(rest));
                })
                .findFirst()
                .orElse(null);
    }

    private String join(List<Filter> clauses, String separator, Class<? extends Filter> grouped) {
        List<String> parts = new ArrayList<>(clauses.size());
        for (Filter clause : clauses) {
            String text = write(clause);
            parts.add(grouped.isInstance(clause) ? "(" + text + ")" : text);
        }
        return String.join(separator, parts);
    }
}
