package org.frontline.matching.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.frontline.ingest.Channel;

/**
 * Reads {@code name:value} words: {@code author:}, {@code channel:}, {@code lang:}, {@code url:}, {@code site:} and
 * {@code followers:} with a comparison ({@code followers:>1000}, {@code >=}, {@code <}, {@code <=}, {@code =}).
 */
final class FieldReader {

    private static final String FIELD_NAMES = "author:, channel:, lang:, url:, site: and followers:";
    /** Larger than any audience on any channel, and safely inside a long. */
    private static final long MAX_FOLLOWERS = 999_999_999_999L;

    private FieldReader() {}

    static Query read(Lexeme lexeme) {
        String text = lexeme.text();
        int colon = text.indexOf(':');
        String name = text.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = text.substring(colon + 1);
        int valueAt = lexeme.start() + colon + 1;
        if (value.isEmpty()) {
            throw new QuerySyntaxError(valueAt, "a value", "Expected a value after %s: at position %d, as in lang:en."
                    .formatted(name, valueAt));
        }
        return switch (name) {
            case "author" -> author(value, valueAt);
            case "channel" -> channel(value, valueAt);
            case "lang" -> lang(value, valueAt);
            case "url" -> new Field(Field.Name.URL, value.toLowerCase(Locale.ROOT));
            case "site" -> site(value, valueAt);
            case "followers" -> followers(value, valueAt);
            default -> throw new QuerySyntaxError(lexeme.start(), "a field name", ("Unknown field \"%s:\" at position %d. "
                            + "Fields are %s. To search for the text, put it in quotes.")
                    .formatted(name, lexeme.start(), FIELD_NAMES));
        };
    }

    private static Query author(String value, int at) {
        String handle = TextFolding.fold(value.startsWith("@") ? value.substring(1) : value);
        if (Tokenizer.tokenize(handle).isEmpty()) {
            throw invalid(at, "an author's handle", "author: needs a handle with letters or digits at position %d, as in author:acme_support."
                    .formatted(at));
        }
        return new Field(Field.Name.AUTHOR, handle);
    }

    private static Query channel(String value, int at) {
        String wire = value.toLowerCase(Locale.ROOT);
        if (Channel.fromWireName(wire).isEmpty()) {
            String names = Arrays.stream(Channel.values()).map(Channel::wireName).collect(Collectors.joining(", "));
            throw invalid(at, "a channel", "Unknown channel \"%s\" at position %d. Channels are %s.".formatted(value, at, names));
        }
        return new Field(Field.Name.CHANNEL, wire);
    }

    private static Query lang(String value, int at) {
        String code = value.toLowerCase(Locale.ROOT);
        if (!isLanguageTag(code)) {
            throw invalid(at, "a language code", "lang: takes a language code such as en, fr or pt-br; \"%s\" at position %d is not one."
                    .formatted(value, at));
        }
        return new Field(Field.Name.LANG, code);
    }

    private static Query site(String value, int at) {
        String host = Links.withoutWww(value.toLowerCase(Locale.ROOT));
        boolean valid = !host.isEmpty() && host.chars().allMatch(c -> c == '.' || c == '-' || Character.isLetterOrDigit(c));
        if (!valid || host.startsWith(".") || host.endsWith(".")) {
            throw invalid(at, "a domain", "site: takes a domain such as acme.com; \"%s\" at position %d is not one.".formatted(value, at));
        }
        return new Field(Field.Name.SITE, host);
    }

    private static Query followers(String value, int at) {
        Followers.Comparison comparison = comparison(value);
        String digits = value.substring(comparison == Followers.Comparison.EQUAL && !value.startsWith("=") ? 0 : comparison.symbol().length());
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(at, "a number", "followers: takes a comparison and a whole number such as followers:>1000; \"%s\" at position %d is not one."
                    .formatted(value, at));
        }
        return new Followers(comparison, Math.min(Long.parseLong(digits), MAX_FOLLOWERS));
    }

    private static Followers.Comparison comparison(String value) {
        if (value.startsWith(">=")) {
            return Followers.Comparison.GREATER_OR_EQUAL;
        }
        if (value.startsWith("<=")) {
            return Followers.Comparison.LESS_OR_EQUAL;
        }
        if (value.startsWith(">")) {
            return Followers.Comparison.GREATER;
        }
        if (value.startsWith("<")) {
            return Followers.Comparison.LESS;
        }
        return Followers.Comparison.EQUAL;
    }

    private static boolean isLanguageTag(String code) {
        int dash = code.indexOf('-');
        String language = dash < 0 ? code : code.substring(0, dash);
        String region = dash < 0 ? "" : code.substring(dash + 1);
        boolean languageOk = language.length() >= 2 && language.length() <= 3 && language.chars().allMatch(c -> c >= 'a' && c <= 'z');
        boolean regionOk = dash < 0 || region.length() >= 2 && region.length() <= 8 && region.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9');
        return languageOk && regionOk;
    }

    private static QuerySyntaxError invalid(int position, String expected, String message) {
        return new QuerySyntaxError(position, expected, message);
    }
}
