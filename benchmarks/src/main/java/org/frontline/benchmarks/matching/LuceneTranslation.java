package org.frontline.benchmarks.matching;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.frontline.matching.query.And;
import org.frontline.matching.query.Field;
import org.frontline.matching.query.Near;
import org.frontline.matching.query.Not;
import org.frontline.matching.query.Or;
import org.frontline.matching.query.Phrase;
import org.frontline.matching.query.Prefix;

/**
 * Translates a Frontline query into the Lucene query with the same meaning, where Lucene has one: terms, phrases,
 * AND/OR/NOT, suffix wildcards, NEAR (span near, with the same slop and order semantics for non-overlapping operands)
 * and {@code lang:} as a keyword field. Hashtags, mentions and the other fields have no Lucene equivalent here and
 * translate to null.
 */
final class LuceneTranslation {

    static final String TEXT = "text";
    static final String LANG = "lang";

    private LuceneTranslation() {}

    static Query of(org.frontline.matching.query.Query query) {
        return switch (query) {
            case org.frontline.matching.query.Term term -> new TermQuery(new Term(TEXT, term.text()));
            case Phrase phrase -> new PhraseQuery(TEXT, phrase.words().toArray(String[]::new));
            case Prefix prefix -> new PrefixQuery(new Term(TEXT, prefix.stem()));
            case Field field when field.name() == Field.Name.LANG -> new TermQuery(new Term(LANG, field.value()));
            case Near near -> nearOf(near);
            case And and -> andOf(and.clauses());
            case Or or -> orOf(or.clauses());
            case Not not -> notOf(not);
            default -> null;
        };
    }

    private static Query andOf(List<org.frontline.matching.query.Query> clauses) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        boolean positive = false;
        for (var clause : clauses) {
            boolean negated = clause instanceof Not;
            Query translated = of(negated ? ((Not) clause).clause() : clause);
            if (translated == null) {
                return null;
            }
            builder.add(translated, negated ? Occur.MUST_NOT : Occur.MUST);
            positive |= !negated;
        }
        if (!positive) {
            builder.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return builder.build();
    }

    private static Query orOf(List<org.frontline.matching.query.Query> clauses) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (var clause : clauses) {
            Query translated = of(clause);
            if (translated == null) {
                return null;
            }
            builder.add(translated, Occur.SHOULD);
        }
        return builder.build();
    }

    private static Query notOf(Not not) {
        Query inner = of(not.clause());
        if (inner == null) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST)
                .add(inner, Occur.MUST_NOT)
                .build();
    }

    private static Query nearOf(Near near) {
        SpanQuery left = span(near.left());
        SpanQuery right = span(near.right());
        if (left == null || right == null) {
            return null;
        }
        return new SpanNearQuery(new SpanQuery[] {left, right}, near.distance(), near.ordered());
    }

    private static SpanQuery span(org.frontline.matching.query.Query query) {
        return switch (query) {
            case org.frontline.matching.query.Term term -> new SpanTermQuery(new Term(TEXT, term.text()));
            case Phrase phrase -> new SpanNearQuery(
                    phrase.words().stream().map(w -> new SpanTermQuery(new Term(TEXT, w))).toArray(SpanQuery[]::new), 0, true);
            case Prefix prefix -> new SpanMultiTermQueryWrapper<>(new PrefixQuery(new Term(TEXT, prefix.stem())));
            case Or or -> {
                SpanQuery[] spans = or.clauses().stream().map(LuceneTranslation::span).toArray(SpanQuery[]::new);
                yield java.util.Arrays.stream(spans).anyMatch(s -> s == null) ? null : new SpanOrQuery(spans);
            }
            default -> null;
        };
    }
}
