package org.frontline.matching.filters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.frontline.matching.query.And;
import org.frontline.matching.query.Field;
import org.frontline.matching.query.Near;
import org.frontline.matching.query.Not;
import org.frontline.matching.query.Or;
import org.frontline.matching.query.Query;

/**
 * Turns a query into the narrowest {@link Filter} of a {@link Dialect} that still holds for every post the query
 * matches. Negations are pushed down to the leaves (De Morgan), because networks negate single operators best (X asks
 * not to negate groups). Whatever cannot be expressed becomes {@link Filter#ANYTHING}, which widens the filter and
 * leaves that part of the query to Frontline's matcher; each such step is noted.
 */
final class Approximation {

    private final Dialect dialect;
    private final Set<String> notes = new LinkedHashSet<>();
    private boolean widened;

    private Approximation(Dialect dialect) {
        this.dialect = dialect;
    }

    record Result(Filter filter, boolean exact, List<String> notes) {}

    static Result of(Query query, Dialect dialect) {
        Approximation approximation = new Approximation(dialect);
        Filter filter = approximation.holds(query, true);
        return new Result(filter, !approximation.widened, List.copyOf(approximation.notes));
    }

    /** A filter that holds whenever {@code query} holds ({@code positive}) or whenever it does not (not positive). */
    private Filter holds(Query query, boolean positive) {
        return switch (query) {
            case And and -> positive ? Filter.all(each(and.clauses(), true)) : Filter.any(each(and.clauses(), false));
            case Or or -> positive ? Filter.any(each(or.clauses(), true)) : Filter.all(each(or.clauses(), false));
            case Not not -> holds(not.clause(), !positive);
            case Near near -> near(near, positive);
            case Field field when field.name() == Field.Name.CHANNEL -> channel(field, positive);
            default -> leaf(query, positive);
        };
    }

    private List<Filter> each(List<Query> clauses, boolean positive) {
        List<Filter> filters = new ArrayList<>(clauses.size());
        clauses.forEach(clause -> filters.add(holds(clause, positive)));
        return filters;
    }

    private Filter near(Near near, boolean positive) {
        if (!positive) {
            return widen("\"NOT … NEAR …\" is checked in Frontline: the network cannot exclude words by distance.");
        }
        widened = true;
        notes.add("NEAR/" + near.distance() + (near.ordered() ? "f" : "")
                + " becomes \"both words\": the network has no proximity operator, so Frontline checks the distance.");
        return Filter.all(List.of(holds(near.left(), true), holds(near.right(), true)));
    }

    private Filter channel(Field field, boolean positive) {
        boolean here = field.value().equals(dialect.channel());
        return here == positive ? Filter.ANYTHING : Filter.NOTHING;
    }

    private Filter leaf(Query query, boolean positive) {
        Dialect.Leaf leaf = dialect.leaf(query);
        if (leaf.note() != null) {
            notes.add(leaf.note());
        }
        if (positive) {
            widened |= !leaf.exact();
            return leaf.filter();
        }
        if (leaf.exact() && leaf.filter() instanceof Filter.Constant constant) {
            return constant.value() ? Filter.NOTHING : Filter.ANYTHING;
        }
        if (leaf.exact() && leaf.filter() instanceof Filter.Operator operator) {
            return new Filter.Excluded(operator);
        }
        return widen("NOT " + query.canonical() + " is checked in Frontline: the network cannot exclude exactly that.");
    }

    private Filter widen(String note) {
        widened = true;
        notes.add(note);
        return Filter.ANYTHING;
    }
}
