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
 * unary   = ["NOT"] near                   so "acme NOT refund" is acme AND NOT refund
 * near    = primary [ NEAR primary ]       NEAR/n (either order) or NEAR/nf (left first), 0 &lt;= n &lt;= 100
 * primary = "(" or ")" | PHRASE | WORD     a WORD is a term, refund*, #hashtag, @mention or field:value
 * </pre>
 *
 * {@code NEAR} binds tightest, then {@code NOT}, then {@code AND}, then {@code OR}. Keywords count only in capitals:
 * {@code and}, {@code or} and {@code not} are ordinary words. A bare word is tokenized like post text, so
 * {@code acme-hub} means the phrase {@code "acme hub"}. A leading {@code -} is rejected in favour of {@code NOT}.
 * {@code NOT NOT x} is rejected as a likely typo; {@code NOT (NOT x)} is accepted.
 */
public final class QueryParser {

    /** Longest accepted query, in UTF-16 characters. */
    public static final int MAX_LENGTH = 4_096;
    /** Most terms and phrases in one query. */
    public static final int MAX_TERMS = 500;
    /** Deepest nesting of parentheses. */
    public static final int MAX_DEPTH = 50;
    /** Most wildcards in one query: each one scans a post's words. */
    public static final int MAX_WILDCARDS = 20;

    private static final String A_TERM = "a term";
    private static final String END_OF_QUERY = "end of query";

    private final List<Lexeme> lexemes;
    private int next;
    private int depth;
    private int terms;
    private int wildcards;

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
            return parseNear();
        }
        advance();
        if (peek().kind() == Kind.NOT) {
            throw termExpected(peek());
        }
        return new Not(parseNear());
    }

    private Query parseNear() {
        Lexeme leftStart = peek();
        Query left = parsePrimary();
        if (peek().kind() != Kind.NEAR) {
            return left;
        }
        Lexeme operator = advance();
        int distance = distance(operator);
        boolean ordered = operator.text().endsWith("f");
        Lexeme rightStart = peek();
        Query right = parsePrimary();
        requirePositional(left, leftStart);
        requirePositional(right, rightStart);
        if (peek().kind() == Kind.NEAR) {
            throw new QuerySyntaxError(
                    peek().start(),
                    END_OF_QUERY,
                    ("NEAR joins two operands; the second NEAR at position %d needs its own pair. "
                                    + "Combine proximity conditions with AND.")
                            .formatted(peek().start()));
        }
        return new Near(left, right, distance, ordered);
    }

    private static int distance(Lexeme operator) {
        String text = operator.text();
        String digits = text.length() > 5 ? text.substring(5, text.endsWith("f") ? text.length() - 1 : text.length()) : "";
        boolean valid = !digits.isEmpty() && digits.length() <= 3 && digits.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!valid || Integer.parseInt(digits) > Near.MAX_DISTANCE) {
            throw new QuerySyntaxError(
                    operator.start(),
                    "a distance such as NEAR/3",
                    ("Expected a distance of 0 to %d words at position %d, as in NEAR/3 (either order) "
                                    + "or NEAR/3f (in this order); found \"%s\".")
                            .formatted(Near.MAX_DISTANCE, operator.start(), text));
        }
        return Integer.parseInt(digits);
    }

    private static void requirePositional(Query operand, Lexeme start) {
        if (!Near.isPositional(operand)) {
            throw new QuerySyntaxError(
                    start.start(),
                    A_TERM,
                    ("NEAR measures the distance between words: the operand at position %d must be a word, a phrase, "
                                    + "a wildcard, a hashtag, a mention, or an OR of those.")
                            .formatted(start.start()));
        }
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
        Query leaf = TermReader.read(lexeme);
        if (leaf instanceof Prefix && ++wildcards > MAX_WILDCARDS) {
            throw new QuerySyntaxError(
                    lexeme.start(),
                    END_OF_QUERY,
                    "A query can have at most %d wildcards; the one at position %d is one too many."
                            .formatted(MAX_WILDCARDS, lexeme.start()));
        }
        return leaf;
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
