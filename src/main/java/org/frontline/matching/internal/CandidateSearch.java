package org.frontline.matching.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.frontline.ingest.SearchCondition;
import org.frontline.ingest.SearchCondition.Key;
import org.frontline.matching.query.And;
import org.frontline.matching.query.Field;
import org.frontline.matching.query.Followers;
import org.frontline.matching.query.Hashtag;
import org.frontline.matching.query.MatchableText;
import org.frontline.matching.query.Mention;
import org.frontline.matching.query.Near;
import org.frontline.matching.query.Not;
import org.frontline.matching.query.Or;
import org.frontline.matching.query.Phrase;
import org.frontline.matching.query.PostFacts;
import org.frontline.matching.query.Prefix;
import org.frontline.matching.query.Query;
import org.frontline.matching.query.Term;

/**
 * Lets the database pick the posts a query could match: the keys stored with each post (its folded words, hashtags,
 * mentions and facts) and, for a query, a condition on them that every post the query matches satisfies.
 *
 * <p>The two halves must agree, and only in one direction: whatever the matcher tests on a post must be among the
 * post's keys, so that a post the query matches is never left out. A condition may let through posts the query does not
 * match; the exact matcher then decides. Parts of a query that keys cannot tell ({@code NOT}, {@code followers:},
 * {@code url:}, {@code site:}) add no condition, so a query made only of them has none and is matched on every post.
 */
final class CandidateSearch {

    /** Past this many key tests the SQL gets long for little gain; such a query is matched on every post. */
    static final int MAX_KEYS = 1_000;

    private CandidateSearch() {}

    /** The keys of one post prepared for matching; never null. */
    static Set<String> keysOf(MatchableText text) {
        Set<String> keys = new HashSet<>();
        text.words().forEach(keys::add);
        text.tagKeys().forEach(keys::add);
        addFactKeys(text.facts(), keys);
        return keys;
    }

    /** A necessary condition for {@code query} to match a post, or empty when the keys cannot narrow it down. */
    static Optional<SearchCondition> conditionFor(Query query) {
        return condition(query).filter(condition -> condition.size() <= MAX_KEYS);
    }

    // The fact keys answer exactly what FieldMatching tests: lang: matches the whole tag or a prefix ending before a
    // '-', author: the handle or its part before '@' in user@server, channel: the wire name.
    private static void addFactKeys(PostFacts facts, Set<String> keys) {
        if (facts.lang() != null) {
            String lang = facts.lang();
            keys.add(fact(Field.Name.LANG, lang));
            for (int dash = lang.indexOf('-'); dash >= 0; dash = lang.indexOf('-', dash + 1)) {
                keys.add(fact(Field.Name.LANG, lang.substring(0, dash)));
            }
        }
        if (facts.authorHandle() != null) {
            String handle = facts.authorHandle();
            keys.add(fact(Field.Name.AUTHOR, handle));
            int server = handle.indexOf('@');
            if (server > 0) {
                keys.add(fact(Field.Name.AUTHOR, handle.substring(0, server)));
            }
        }
        if (facts.channel() != null) {
            keys.add(fact(Field.Name.CHANNEL, facts.channel()));
        }
    }

    private static Optional<SearchCondition> condition(Query query) {
        return switch (query) {
            case Term term -> Optional.of(word(term.text()));
            case Phrase phrase -> Optional.of(allOf(phrase.words().stream().distinct().<SearchCondition>map(CandidateSearch::word).toList()));
            case Prefix prefix -> Optional.of(new Key(prefix.stem(), true));
            case Hashtag hashtag -> Optional.of(word(hashtag.canonical()));
            case Mention mention -> Optional.of(word(mention.canonical()));
            case Near near -> allClauses(List.of(near.left(), near.right()));
            case Field field -> ofField(field);
            case Followers followers -> Optional.empty();
            case Not not -> Optional.empty();
            case And and -> allClauses(and.clauses());
            case Or or -> anyClause(or.clauses());
        };
    }

    private static Optional<SearchCondition> ofField(Field field) {
        return switch (field.name()) {
            case LANG, AUTHOR, CHANNEL -> Optional.of(word(fact(field.name(), field.value())));
            case URL, SITE -> Optional.empty();
        };
    }

    /** Every clause must hold, so each clause that has a condition narrows the candidates further. */
    private static Optional<SearchCondition> allClauses(List<Query> clauses) {
        List<SearchCondition> conditions = new ArrayList<>();
        clauses.forEach(clause -> condition(clause).ifPresent(conditions::add));
        return conditions.isEmpty() ? Optional.empty() : Optional.of(allOf(conditions));
    }

    /** One clause is enough, so a clause without a condition leaves the whole OR without one. */
    private static Optional<SearchCondition> anyClause(List<Query> clauses) {
        List<SearchCondition> conditions = new ArrayList<>();
        for (Query clause : clauses) {
            Optional<SearchCondition> condition = condition(clause);
            if (condition.isEmpty()) {
                return Optional.empty();
            }
            conditions.add(condition.get());
        }
        return Optional.of(new SearchCondition.AnyOf(conditions));
    }

    private static SearchCondition allOf(List<SearchCondition> conditions) {
        return conditions.size() == 1 ? conditions.getFirst() : new SearchCondition.AllOf(conditions);
    }

    private static Key word(String key) {
        return new Key(key, false);
    }

    // A word is letters and digits, so a fact key (with its ':') does not meet one; if it did, it would only add a candidate.
    private static String fact(Field.Name name, String value) {
        return name.keyword() + ":" + value;
    }
}
