package org.frontline.classify.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.classify.Signals.SentimentSignal;
import org.frontline.classify.internal.Token.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Sentiment from -1 to 1 on a lexicon with rules: negation, boosters and dampeners, words in capitals,
 * "but" clauses, "!" and "?" runs, emoji and emoticons. Words count only in languages with a lexicon; in the
 * others only emoji, emoticons and punctuation do, and the reason says so.
 */
public final class SentimentScorer {

    /** Normalisation constant: sum / sqrt(sum^2 + ALPHA) maps any sum into (-1, 1), as VADER does. */
    private static final double ALPHA = 15;
    private static final int NEGATION_WINDOW = 3;
    private static final int MAX_REASONS = 4;

    private final Map<String, SentimentWords> languages;
    private final SentimentLexicon symbols;

    record Language(SentimentLexicon lexicon, SentimentRules rules) {}

    private record Contribution(String what, double valence, String note, int length) {
        Contribution(String what, double valence, String note) {
            this(what, valence, note, 1);
        }

        Contribution weighted(double weight) {
            return new Contribution(what, valence * weight, note, length);
        }
    }

    public SentimentScorer(Map<String, Language> languages, SentimentLexicon symbols) {
        var words = new HashMap<String, SentimentWords>();
        languages.forEach((code, language) -> words.put(code, new SentimentWords(language.lexicon(), language.rules())));
        this.languages = Map.copyOf(words);
        this.symbols = symbols;
    }

    public static SentimentScorer english(SentimentLexicon english) {
        return new SentimentScorer(Map.of("en", new Language(english, SentimentRules.ENGLISH)), english);
    }

    /** Scores the tokens; {@code language} decides which word lexicon applies ("und": English, the default). */
    public SentimentSignal score(List<Token> tokens, String language) {
        var lang = languages.get(language);
        if (lang == null && "und".equals(language)) {
            lang = languages.get("en");
        }
        var contributions = new ArrayList<Contribution>();
        var shoutedText = allShouted(tokens);
        var entries = lang == null ? null : entries(tokens, lang);
        var contrastAt = entries == null ? -1 : contrastIndex(tokens, entries);
        var i = 0;
        while (i < tokens.size()) {
            var c = valence(tokens, i, lang, entries, shoutedText);
            if (c == null) {
                i++;
                continue;
            }
            var weight = contrastAt < 0 || i == contrastAt ? 1
                    : i < contrastAt ? SentimentRules.BEFORE_CONTRAST : SentimentRules.AFTER_CONTRAST;
            contributions.add(c.weighted(weight));
            i += c.length();
        }
        var sum = contributions.stream().mapToDouble(Contribution::valence).sum();
        var emphasis = emphasis(tokens, sum);
        var total = sum + emphasis;
        var score = Math.max(-1, Math.min(1, total / Math.sqrt(total * total + ALPHA)));
        return new SentimentSignal(score, reason(contributions, emphasis, contrastAt >= 0, lang == null ? language : null));
    }

    /** What the language says about each word token, looked up once per token; {@link SentimentWords#NONE} elsewhere. */
    private static SentimentWords.Entry[] entries(List<Token> tokens, SentimentWords lang) {
        var entries = new SentimentWords.Entry[tokens.size()];
        for (var i = 0; i < entries.length; i++) {
            var token = tokens.get(i);
            entries[i] = token.isWord() ? lang.of(token.norm()) : SentimentWords.NONE;
        }
        return entries;
    }

    private @Nullable Contribution valence(List<Token> tokens, int i, @Nullable SentimentWords lang,
            SentimentWords.Entry @Nullable [] entries, boolean shoutedText) {
        var token = tokens.get(i);
        return switch (token.kind()) {
            case EMOJI -> nonZero(token.text(), symbols.emoji(token.text()), "emoji");
            case EMOTICON -> nonZero(token.text(), symbols.emoticon(token.text()), "emoticon");
            case WORD, HASHTAG -> lang == null || entries == null ? null : word(tokens, i, lang, entries, shoutedText);
            default -> null;
        };
    }

    private static @Nullable Contribution nonZero(String what, double valence, String note) {
        return valence == 0 ? null : new Contribution(what, valence, note);
    }

    private static @Nullable Contribution word(List<Token> tokens, int i, SentimentWords lang, SentimentWords.Entry[] entries,
            boolean shoutedText) {
        var token = tokens.get(i);
        var hashtag = token.kind() == Kind.HASHTAG;
        // A phrase starts with the token as written ("#" included); the word itself is read without the "#".
        var phrase = (hashtag ? lang.of(token.norm()) : entries[i]).startsPhrase() ? phraseStartingAt(tokens, i, lang.lexicon()) : null;
        var norm = hashtag ? token.norm().substring(1) : token.norm();
        var entry = hashtag ? lang.of(norm) : entries[i];
        if (phrase == null && (entry.negator() || entry.booster())) {
            return null;
        }
        var what = phrase == null ? norm : phrase;
        var v = phrase == null ? entry.valence() : lang.lexicon().phrase(phrase);
        if (v == 0) {
            return null;
        }
        var notes = new ArrayList<String>();
        if (token.shouted() && !shoutedText) {
            v += Math.signum(v) * SentimentRules.CAPS;
            notes.add("capitals");
        }
        v = boosted(tokens, i, entries, v, notes);
        if (negated(tokens, i, entries)) {
            v *= SentimentRules.NEGATION;
            notes.add("negated");
        }
        return new Contribution(what, v, String.join(", ", notes), phrase == null ? 1 : phrase.split(" ").length);
    }

    /** A two- or three-word phrase of the lexicon that starts at token i ("does not work"), or null. */
    private static @Nullable String phraseStartingAt(List<Token> tokens, int i, SentimentLexicon lexicon) {
        var joined = new StringBuilder(tokens.get(i).norm());
        String found = null;
        for (var j = i + 1; j < Math.min(i + 3, tokens.size()) && tokens.get(j).isWord(); j++) {
            joined.append(' ').append(tokens.get(j).norm());
            if (lexicon.phrase(joined.toString()) != 0) {
                found = joined.toString();
            }
        }
        return found;
    }

    private static double boosted(List<Token> tokens, int i, SentimentWords.Entry[] entries, double valence, List<String> notes) {
        var v = valence;
        for (var distance = 1; distance <= NEGATION_WINDOW && i - distance >= 0; distance++) {
            var before = tokens.get(i - distance);
            if (entries[i - distance].booster()) {
                var boost = entries[i - distance].boost();
                // Farther boosters count less (VADER's decay: 5% then 10%).
                var decay = distance == 1 ? 1 : distance == 2 ? 0.95 : 0.9;
                v += Math.signum(v) * boost * decay;
                notes.add((boost > 0 ? "boosted by \"" : "softened by \"") + before.norm() + "\"");
            }
        }
        return v;
    }

    private static boolean negated(List<Token> tokens, int i, SentimentWords.Entry[] entries) {
        for (var distance = 1; distance <= NEGATION_WINDOW && i - distance >= 0; distance++) {
            if (!tokens.get(i - distance).isWord()) {
                return false;
            }
            if (entries[i - distance].negator()) {
                return true;
            }
        }
        return false;
    }

    private static int contrastIndex(List<Token> tokens, SentimentWords.Entry[] entries) {
        for (var i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).isWord() && entries[i].contrast()) {
                return i;
            }
        }
        return -1;
    }

    /** Runs of "!" (up to four) and of "?" (two or more, up to three) push the score further from zero. */
    private static double emphasis(List<Token> tokens, double sum) {
        if (sum == 0) {
            return 0;
        }
        var exclamations = 0;
        var questions = 0;
        for (var t : tokens) {
            if (t.kind() == Kind.EXCLAMATION) {
                exclamations += t.text().length();
            } else if (t.kind() == Kind.QUESTION) {
                questions += t.text().length();
            }
        }
        var amount = Math.min(exclamations, 4) * SentimentRules.EXCLAMATION
                + (questions > 1 ? Math.min(questions, 3) * SentimentRules.QUESTION : 0);
        return Math.signum(sum) * amount;
    }

    private static boolean allShouted(List<Token> tokens) {
        var words = 0;
        for (var t : tokens) {
            if (t.isWord()) {
                words++;
                if (!t.shouted()) {
                    return false;
                }
            }
        }
        return words > 0;
    }

    private static String reason(List<Contribution> contributions, double emphasis, boolean contrast, @Nullable String unsupported) {
        var parts = new ArrayList<String>();
        contributions.stream()
                .sorted(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.valence())))
                .limit(MAX_REASONS)
                .map(c -> "\"" + c.what() + "\" " + signed(c.valence()) + (c.note().isEmpty() ? "" : " (" + c.note() + ")"))
                .forEach(parts::add);
        if (contrast && !contributions.isEmpty()) {
            parts.add("the clause after \"but\" weighs more");
        }
        if (emphasis != 0) {
            parts.add("\"!\"/\"?\" emphasis " + signed(emphasis));
        }
        if (parts.isEmpty()) {
            parts.add("no sentiment words, emoji or emoticons");
        }
        if (unsupported != null) {
            parts.add("no word lexicon for \"" + unsupported + "\" yet: emoji, emoticons and punctuation only");
        }
        return String.join("; ", parts);
    }

    private static String signed(double value) {
        return Decimals.fixed(value, 1, true);
    }
}
