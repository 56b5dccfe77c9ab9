package org.frontline.matching.query;

import java.util.List;

/**
 * Turns one bare word or quoted phrase of the query into a leaf: a {@link Term} or {@link Phrase} (tokenized exactly
 * as post text is), a {@link Prefix} ({@code refund*}), a {@link Hashtag} ({@code #refund}), a {@link Mention}
 * ({@code @acme}) or a field ({@code lang:fr}, see {@link FieldReader}). Inside quotes every one of those signs is
 * plain punctuation.
 */
final class TermReader {

    static final String A_TERM = "a term";

    private TermReader() {}

    static Query read(Lexeme lexeme) {
        if (lexeme.kind() == Lexeme.Kind.PHRASE) {
            return words(lexeme, lexeme.text());
        }
        String text = lexeme.text();
        rejectMinusPrefix(lexeme);
        rejectLowerCaseNear(lexeme);
        if (text.charAt(0) == '#' || text.charAt(0) == '@') {
            return tag(lexeme);
        }
        if (text.indexOf(':') > 0) {
            return FieldReader.read(lexeme);
        }
        int star = text.indexOf('*');
        if (star >= 0) {
            return prefix(lexeme, star);
        }
        return words(lexeme, text);
    }

    private static Query words(Lexeme lexeme, String text) {
        List<String> words = Tokenizer.tokenize(text).stream().map(Token::folded).toList();
        if (words.isEmpty()) {
            throw nothingToSearch(lexeme);
        }
        return words.size() == 1 ? new Term(words.getFirst()) : new Phrase(words);
    }

    private static Query prefix(Lexeme lexeme, int star) {
        String text = lexeme.text();
        if (star != text.length() - 1) {
            throw error(lexeme.start() + star, "A wildcard \"*\" can only end a word, as in refund*; the one at position %d does not."
                    .formatted(lexeme.start() + star));
        }
        String stem = text.substring(0, star);
        List<Token> tokens = Tokenizer.tokenize(stem);
        if (tokens.size() != 1 || tokens.getFirst().start() != 0 || tokens.getFirst().end() != stem.length()) {
            throw error(lexeme.start(), "A wildcard applies to one word made of letters and digits, as in refund*; \"%s\" at position %d is not one."
                    .formatted(text, lexeme.start()));
        }
        String folded = tokens.getFirst().folded();
        if (folded.codePointCount(0, folded.length()) < Prefix.MIN_STEM_LENGTH) {
            throw error(lexeme.start(), "A wildcard needs at least %d letters before the \"*\": \"%s\" at position %d matches too much."
                    .formatted(Prefix.MIN_STEM_LENGTH, text, lexeme.start()));
        }
        return new Prefix(folded);
    }

    private static Query tag(Lexeme lexeme) {
        String text = lexeme.text();
        boolean mention = text.charAt(0) == '@';
        String what = mention ? "A mention is @ followed by a name, as in @acme_support" : "A hashtag is # followed by letters, digits or underscores, as in #refund";
        for (int i = 1; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean address = mention && (codePoint == '.' || codePoint == '-' || codePoint == '@');
            if (!TagScanner.isNameCharacter(codePoint) && !address || address && i + Character.charCount(codePoint) == text.length()) {
                throw error(lexeme.start() + i, "%s; \"%s\" at position %d is not part of one. To search for it as text, put it in quotes."
                        .formatted(what, text.substring(i, i + Character.charCount(codePoint)), lexeme.start() + i));
            }
            i += Character.charCount(codePoint);
        }
        String name = TextFolding.fold(text.substring(1));
        if (text.length() == 1 || Tokenizer.tokenize(name).isEmpty()) {
            throw error(lexeme.start(), "%s; \"%s\" at position %d names nothing.".formatted(what, text, lexeme.start()));
        }
        return mention ? new Mention(name) : new Hashtag(name);
    }

    private static void rejectMinusPrefix(Lexeme word) {
        // "-refund" would otherwise silently search for refund, the opposite of what a web-search habit intends.
        String text = word.text();
        if (text.length() > 1 && text.charAt(0) == '-' && Character.isLetterOrDigit(text.codePointAt(1))) {
            throw error(word.start(), "Use NOT to exclude a term: write NOT %s instead of %s at position %d."
                    .formatted(text.substring(1), text, word.start()));
        }
    }

    private static void rejectLowerCaseNear(Lexeme word) {
        String text = word.text();
        if (text.length() > 5 && text.regionMatches(true, 0, "near/", 0, 5)) {
            throw error(word.start(), "Write proximity in capitals: %s at position %d instead of %s."
                    .formatted("NEAR/" + text.substring(5), word.start(), text));
        }
    }

    private static QuerySyntaxError nothingToSearch(Lexeme lexeme) {
        if (lexeme.kind() == Lexeme.Kind.PHRASE) {
            return error(lexeme.start(), "The phrase at position %d has no letters or digits to search for.".formatted(lexeme.start()));
        }
        return error(lexeme.start(), ("Expected a term at position %d, found \"%s\", which has no letters or digits. "
                        + "Write operators as AND, OR and NOT, in capitals.")
                .formatted(lexeme.start(), lexeme.text()));
    }

    static QuerySyntaxError error(int position, String message) {
        return new QuerySyntaxError(position, A_TERM, message);
    }
}
