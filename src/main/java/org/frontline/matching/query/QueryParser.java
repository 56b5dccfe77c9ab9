package org.frontline.matching.query;

import java.util.ArrayList;
import java.util.List;
import org.frontline.matching.query.Lexeme.Kind;

/**
 * Parses tracking-query text into a {@link Query}. {@link #parse} is thread-safe.
 *
 * <pre>
 * query   = or END
 * or      = and { "OR" and }
 * and     = unary { ["AND"] unary }        adjacent operands are joined by an implicit AND
 * unary   = ["NOT"] primary                so "acme NOT refund" is acme AND NOT refund
 * primary = "(" or ")" | PHRASE | WORD
 * </pre>
 *
 * {@code NOT} binds tightest, then {@code AND}, then {@code OR}. Keywords count only in capitals: {@code and},
 * {@code or} and {@code not} are ordinary words. A bare word is tokenized like post text, so {@code acme-hub} means
 * the phrase {@code "acme hub"}. Outside quotes, {@code * : / # @} are reserved for wildcards, fields, proximity,
 * hashtags and mentions, and a leading {@code -} is rejected in favour of {@code NOT}. {@code NOT NOT x} is rejected
 * as a likely typo; {@code NOT (NOT x)} is accepted.
 *
 * <p>Proximity ({@code a NEAR/3 b}) is meant to slot in as a level between {@code unary} and {@code primary}; fields,
 * wildcards, hashtags and mentions as new kinds of {@code primary}.
 */
public final class QueryParser {

    /** Longest accepted query, in UTF-16 characters. */
    public static final int MAX_LENGTH = 4_096;
    /** Most terms and phrases in one query. */
    public static final int MAX_TERMS = 500;
    /** Deepest nesting of parentheses. */
    public static final int MAX_DEPTH = 50;

    private static final String A_TERM = "a term";
    private static final String END_OF_QUERY = "end of query";

    private final List<Lexeme> lexemes;
    private int next;
    private int depth;
    private int terms;

    private QueryParser(List<Lexeme> lexemes) {
        this.lexemes = lexemes;
    }

    /**
     * Parses {@code text}; never returns null.
     *
     * @throws QuerySyntaxError if the text is blank, malformed, or beyond {@link #MAX_LENGTH}, {@link #MAX_TERMS} or
     *     {@link #MAX_DEPTH}
     */
    public static Query parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new QuerySyntaxError(
                    MAX_LENGTH,
                    END_OF_QUERY,
                    "A query can be at most %d characters long; this one has %d.".formatted(MAX_LENGTH, text.length()));
        }
        if (text.isBlank()) {
            throw new QuerySyntaxError(0, A_TERM, "The query is empty: enter at least one term.");
        }
        return new QueryParser(QueryLexer.lex(text)).parseQuery();
    }

    private Query parseQuery() {
        Query query = parseOr();
        Lexeme rest = peek();
        // parseOr stops only at END or at a ")" it cannot pair with a "(".
        if (rest.kind() != Kind.END) {
            throw new QuerySyntaxError(
                    rest.start(),
                    END_OF_QUERY,
                    "Unexpected \")\" at position %d: there is no \"(\" to close.".formatted(rest.start()));
        }
        return query;
    }

    private Query parseOr() {
        List<Query> clauses = new ArrayList<>();
        clauses.add(parseAnd());
        while (peek().kind() == Kind.OR) {
            advance();
            clauses.add(parseAnd());
        }
        return clauses.size() == 1 ? clauses.getFirst() : new Or(flatten(clauses, Or.class));
    }

    private Query parseAnd() {
        List<Query> clauses = new ArrayList<>();
        clauses.add(parseUnary());
        while (peek().kind() == Kind.AND || peek().kind().startsOperand()) {
            if (peek().kind() == Kind.AND) {
                advance();
            }
            clauses.add(parseUnary());
        }
        return clauses.size() == 1 ? clauses.getFirst() : new And(flatten(clauses, And.class));
    }

    private Query parseUnary() {
        if (peek().kind() != Kind.NOT) {
            return parsePrimary();
        }
        advance();
        if (peek().kind() == Kind.NOT) {
            throw termExpected(peek());
        }
        return new Not(parsePrimary());
    }

    private Query parsePrimary() {
        Lexeme lexeme = peek();
        return switch (lexeme.kind()) {
            case OPEN -> parseGroup();
            case WORD, PHRASE -> parseTerm();
            default -> throw termExpected(lexeme);
        };
    }

    private Query parseGroup() {
        Lexeme open = advance();
        if (++depth > MAX_DEPTH) {
            throw new QuerySyntaxError(
                    open.start(),
                    A_TERM,
                    "Parentheses can be nested at most %d deep; the \"(\" at position %d goes deeper."
                            .formatted(MAX_DEPTH, open.start()));
        }
        Query inner = parseOr();
        Lexeme close = peek();
        if (close.kind() != Kind.CLOSE) {
            throw new QuerySyntaxError(
                    close.start(),
                    ")",
                    "Expected \")\" at position %d to close the \"(\" at position %d."
                            .formatted(close.start(), open.start()));
        }
        advance();
        depth--;
        return inner;
    }

    private Query parseTerm() {
        Lexeme lexeme = advance();
        if (++terms > MAX_TERMS) {
            throw new QuerySyntaxError(
                    lexeme.start(),
                    END_OF_QUERY,
                    "A query can have at most %d terms; the one at position %d is one too many."
                            .formatted(MAX_TERMS, lexeme.start()));
        }
        return TermReader.read(lexeme);
    }

    private QuerySyntaxError termExpected(Lexeme found) {
        Lexeme before = next == 0 ? null : lexemes.get(next - 1);
        if (found.kind() == Kind.CLOSE && before != null && before.kind() == Kind.OPEN) {
            return new QuerySyntaxError(
                    found.start(),
                    A_TERM,
                    "Expected a term at position %d: the parentheses at position %d are empty."
                            .formatted(found.start(), before.start()));
        }
        StringBuilder message = new StringBuilder("Expected a term at position " + found.start());
        if (before != null) {
            message.append(" after \"").append(before.text()).append('"');
        }
        if (found.kind() != Kind.END) {
            message.append(", found \"").append(found.text()).append('"');
        }
        return new QuerySyntaxError(found.start(), A_TERM, message.append('.').toString());
    }

    // "a AND (b AND c)" is a AND b AND c; one level per operator keeps canonical() and evaluation flat.
    private static List<Query> flatten(List<Query> clauses, Class<? extends Query> group) {
        List<Query> flat = new ArrayList<>();
        for (Query clause : clauses) {
            switch (clause) {
                case And and when group == And.class -> flat.addAll(and.clauses());
                case Or or when group == Or.class -> flat.addAll(or.clauses());
                default -> flat.add(clause);
            }
        }
        return flat;
    }

    private Lexeme peek() {
        return lexemes.get(next);
    }

    private Lexeme advance() {
        return lexemes.get(next++);
    }
}
