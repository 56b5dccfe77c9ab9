package org.frontline.ideas.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The company's ranking of a topic, and why. Four terms, added:
 * <ul>
 *   <li>votes, each weighted by the voter's customer value (1 = ordinary; a key account may be 5);
 *   <li>2 points per social mention linked to the topic: each is a customer who said it in public;
 *   <li>1 point per distinct support case among them: someone also needed help;
 *   <li>the reach of the loudest linked author, {@code 2 × log10(1 + followers)}: 10 000 followers add 8.
 * </ul>
 * Pure; the explanation lists each term in words for the admins who read it on the topic.
 */
public final class Ranking {

    public record Inputs(List<Double> voterValues, int mentions, int cases, long maxFollowers) {}

    public record Term(String name, double points, String explanation) {}

    public record Score(double total, List<Term> terms) {}

    static final double PER_MENTION = 2;
    static final double PER_CASE = 1;
    static final double REACH_FACTOR = 2;

    private Ranking() {}

    public static Score score(Inputs inputs) {
        var terms = new ArrayList<Term>();
        var weighted = inputs.voterValues().stream().mapToDouble(Double::doubleValue).sum();
        var aboveOne = inputs.voterValues().stream().filter(v -> v > 1).count();
        terms.add(new Term("Votes", weighted, inputs.voterValues().size() + " votes weighted by customer value"
                + (aboveOne > 0 ? " (" + aboveOne + " from customers valued above 1)" : "")));
        terms.add(new Term("Mentions", PER_MENTION * inputs.mentions(),
                inputs.mentions() + " linked social mentions × " + format(PER_MENTION)));
        terms.add(new Term("Cases", PER_CASE * inputs.cases(), inputs.cases() + " support cases × " + format(PER_CASE)));
        var reach = REACH_FACTOR * Math.log10(1 + Math.max(0, inputs.maxFollowers()));
        terms.add(new Term("Reach", reach, inputs.maxFollowers() == 0
                ? "no linked author with known followers"
                : "loudest linked author has " + inputs.maxFollowers() + " followers: " + format(REACH_FACTOR)
                        + " × log10(1 + followers)"));
        var total = terms.stream().mapToDouble(Term::points).sum();
        return new Score(total, List.copyOf(terms));
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
