package org.frontline.matching.query;

import java.util.List;
import java.util.Map;

/**
 * Turns a bare word or a quoted phrase of the query into a {@link Term} or a {@link Phrase}, tokenizing it exactly as
 * post text is tokenized.
 */
final class TermReader {

    /**
     * Characters that later versions give a meaning outside quotes. Rejecting them now keeps every saved query's
     * meaning unchanged when they arrive; inside quotes they are punctuation like any other.
     */
    private static final Map<Character, String> RESERVED = Map.of(
            '*', "wildcards",
            ':', "fields such as lang:",
            '/', "proximity search such as NEAR/3",
            '#', "hashtags",
            '@', "mentions");

    private static final String A_TERM = "a term";

    private TermReader() {}

    static Query read(Lexeme lexeme) {
        if (lexeme.kind() == Lexeme.Kind.WORD) {
            rejectMinusPrefix(lexeme);
            rejectReservedCharacters(lexeme);
        }
        List<String> words =
                Tokenizer.tokenize(lexeme.text()).stream().map(Token::folded).toList();
        if (words.isEmpty()) {
            throw nothingToSearch(lexeme);
        }
        return words.size() == 1 ? new Term(words.getFirst()) : new Phrase(words);
    }

    private static void rejectMinusPrefix(Lexeme word) {
        // "-refund" would otherwise silently search for refund, the opposite of what a web-search habit intends.
        String text = word.text();
        if (text.length() > 1 && text.charAt(0) == '-' && Character.isLetterOrDigit(text.codePointAt(1))) {
            throw new QuerySyntaxError(
                    word.start(),
                    A_TERM,
                    "Use NOT to exclude a term: write NOT %s instead of %s at position %d."
                            .formatted(text.substring(1), text, word.start()));
        }
    }

    private static void rejectReservedCharacters(Lexeme word) {
        String text = word.text();
        for (int i = 0; i < text.length(); i++) {
            String feature = RESERVED.get(text.charAt(i));
            if (feature != null) {
                int position = word.start() + i;
                throw new QuerySyntaxError(
                        position,
                        A_TERM,
                        ("\"%c\" at position %d is reserved for %s and cannot be used yet. "
                                        + "To search for the words around it, put them in quotes.")
                                .formatted(text.charAt(i), position, feature));
            }
        }
    }

    private static QuerySyntaxError nothingToSearch(Lexeme lexeme) {
        if (lexeme.kind() == Lexeme.Kind.PHRASE) {
            return new QuerySyntaxError(
                    lexeme.start(),
                    A_TERM,
                    "The phrase at position %d has no letters or digits to search for.".formatted(lexeme.start()));
        }
        return new QuerySyntaxError(
                lexeme.start(),
                A_TERM,
                ("Expected a term at position %d, found \"%s\", which has no letters or digits. "
                                + "Write operators as AND, OR and NOT, in capitals.")
                        .formatted(lexeme.start(), lexeme.text()));
    }
}
