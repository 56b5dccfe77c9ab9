package org.frontline.matching.query;

import java.util.ArrayList;
import java.util.List;
import org.frontline.matching.query.Lexeme.Kind;

/**
 * Cuts query text into {@link Lexeme}s. Words end at white space, parentheses and quotes; only the upper-case words
 * {@code AND}, {@code OR}, {@code NOT} and {@code NEAR/n} are keywords.
 */
final class QueryLexer {

    // Typographic quotes arrive whenever a query is pasted from a word processor or chat; they must still quote.
    private static final String QUOTES = "\"\u201C\u201D\u201E\uFF02";

    private final String text;
    private final List<Lexeme> lexemes = new ArrayList<>();

    private QueryLexer(String text) {
        this.text = text;
    }

    /** Returns the lexemes of {@code text}, always ending with one {@link Kind#END}. */
    static List<Lexeme> lex(String text) {
        return new QueryLexer(text).lexAll();
    }

    private List<Lexeme> lexAll() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                lexemes.add(new Lexeme(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), i, i + 1));
                i++;
            } else if (isQuote(c)) {
                i = lexPhrase(i);
            } else {
                i = lexWord(i);
            }
        }
        lexemes.add(new Lexeme(Kind.END, "", text.length(), text.length()));
        return lexemes;
    }

    private int lexPhrase(int openingQuote) {
        int closingQuote = openingQuote + 1;
        while (closingQuote < text.length() && !isQuote(text.charAt(closingQuote))) {
            closingQuote++;
        }
        if (closingQuote == text.length()) {
            throw new QuerySyntaxError(
                    text.length(),
                    "closing quote",
                    "Expected a closing quote at position %d to end the phrase that starts at position %d."
                            .formatted(text.length(), openingQuote));
        }
        String words = text.substring(openingQuote + 1, closingQuote);
        lexemes.add(new Lexeme(Kind.PHRASE, words, openingQuote, closingQuote + 1));
        return closingQuote + 1;
    }

    private int lexWord(int start) {
        int end = start;
        while (end < text.length() && !endsWord(text.charAt(end))) {
            end++;
        }
        String word = text.substring(start, end);
        Kind kind = switch (word) {
            case "AND" -> Kind.AND;
            case "OR" -> Kind.OR;
            case "NOT" -> Kind.NOT;
            default -> word.equals("NEAR") || word.startsWith("NEAR/") ? Kind.NEAR : Kind.WORD;
        };
        lexemes.add(new Lexeme(kind, word, start, end));
        return end;
    }

    private static boolean endsWord(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '(' || c == ')' || isQuote(c);
    }

    private static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }
}
