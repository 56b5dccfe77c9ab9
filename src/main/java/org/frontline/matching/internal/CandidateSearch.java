package org.frontline.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.frontline.matching.query.Token;
import org.jspecify.annotations.Nullable;

/**
 * Lets the database pick the posts a query could match: the keys stored with each post (its folded words in text order,
 * its hashtags, mentions and facts) and, for a query, a condition on them that every post the query matches satisfies.
 *
 * <p>The two halves must agree: whatever the matcher tests on a post must be among the post's keys, so that a post the
 * query matches is never left out. {@link #conditionFor} is necessary: it may let through posts the query does not
 * match, and the matcher then decides. Parts of a query that keys cannot tell ({@code NOT}, {@code followers:},
 * {@code url:}, {@code site:}) add no condition to it, so a query made only of them has none and is matched on every
 * post. {@link #exactConditionFor} holds exactly when the query matches, for queries made only of what keys tell
 * exactly: words, phrases, wildcards, hashtags, mentions, {@code lang:}, {@code author:}, {@code channel:}, and AND, OR
 * and NOT of them; the database can then count the matches by itself.
 *
 * <p>Keys are told apart by their first character: words start with a letter or digit, hashtags and mentions with
 * {@code #} or {@code @}, facts with {@code =}. A post with a key that breaks this (or holds a space) gets no keys, and
 * is matched by the matcher whatever the query.
 */
final class CandidateSearch {

    /** Past this many key tests the SQL gets long for little gain; such a query is matched on every post. */
    static final int MAX_KEYS = 1_000;

    private CandidateSearch() {}

    /** The keys of one post prepared for matching: its folded words in text order, then tags and facts. */
    static @Nullable List<String> keysOf(MatchableText text) {
        List<String> keys = new ArrayList<>(text.tokens().size() + 8);
        for (Token token : text.tokens()) {
            if (!isPlainWord(token.folded())) {
                return null;
            }
            keys.add(token.folded());
        }
        for (String tag : text.tagKeys()) {
            if (tag.indexOf(' ') >= 0) {
                return null;
            }
            keys.add(tag);
        }
        addFactKeys(text.facts(), keys);
        return keys.stream().anyMatch(key -> key.indexOf(' ') >= 0) ? null : keys;
    }

    /**
     * A condition that holds exactly when {@code query} matches a post stored with keys, or empty when the query uses
     * something keys cannot tell exactly ({@code NEAR}, {@code followers:}, {@code url:}, {@code site:}).
     */
    static Optional<SearchCondition> exactConditionFor(Query query) {
        return exact(query).filter(condition -> condition.size() <= MAX_KEYS);
    }

    /** A necessary condition for {@code query} to match a post, or empty when the keys cannot narrow it down. */
    static Optional<SearchCondition> conditionFor(Query query) {
        return condition(query).filter(condition -> condition.size() <= MAX_KEYS);
    }

    // The fact keys answer exactly what FieldMatching tests: lang: matches the whole tag or a prefix ending before a
    // '-', author: the handle or its part before '@' in user@server, channel: the wire name.
    private static void addFactKeys(PostFacts facts, List<String> keys) {
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

    private static Optional<SearchCondition> exact(Query query) {
        return switch (query) {
            case Term term -> plain(term.text()) ? Optional.of(word(term.text())) : Optional.empty();
            case Phrase phrase -> phrase.words().stream().allMatch(CandidateSearch::plain)
                    ? condition(phrase)
                    : Optional.empty();
            case Prefix prefix -> plain(prefix.stem()) ? condition(prefix) : Optional.empty();
            case Hashtag hashtag -> plain(hashtag.name()) ? condition(hashtag) : Optional.empty();
            case Mention mention -> plain(mention.name()) ? condition(mention) : Optional.empty();
            case Field field -> plain(field.value()) ? ofField(field) : Optional.empty();
            case Near near -> Optional.empty();
            case Followers followers -> Optional.empty();
            case Not not -> exact(not.clause()).map(SearchCondition.Not::new);
            case And and -> allExact(and.clauses()).map(CandidateSearch::allOf);
            case Or or -> allExact(or.clauses()).map(SearchCondition.AnyOf::new);
        };
    }

    private static Optional<List<SearchCondition>> allExact(List<Query> clauses) {
        List<SearchCondition> conditions = new ArrayList<>();
        for (Query clause : clauses) {
            Optional<SearchCondition> condition = exact(clause);
            if (condition.isEmpty()) {
                return Optional.empty();
            }
            conditions.add(condition.get());
        }
        return Optional.of(conditions);
    }

    /** A word of a query that can only meet words among the keys: no space, and not a tag's or fact's first char. */
    private static boolean plain(String word) {
        return word.indexOf(' ') < 0 && isPlainWord(word);
    }

    private static boolean isPlainWord(String word) {
        char first = word.charAt(0);
        return first != '#' && first != '@' && first != '=' && word.indexOf(' ') < 0;
    }

    private static Optional<SearchCondition> condition(Query query) {
        return switch (query) {
            case Term term -> Optional.of(word(term.text()));
            case Phrase phrase -> Optional.of(phrase.words().size() == 1
                    ? word(phrase.words().getFirst())
                    : new SearchCondition.Sequence(phrase.words()));
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

    // The '=' sets facts apart from words, which start with a letter or digit.
    private static String fact(Field.Name name, String value) {
        return "=" + name.keyword() + ":" + value;
    }
}
