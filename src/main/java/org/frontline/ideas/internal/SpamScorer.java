package org.frontline.ideas.internal;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores a new topic for spam from what spam looks like on feedback portals: links (many, or shortened),
 * selling words, shouting, repeated characters, and a text repeated by the same account. Each signal adds
 * to the score and names itself; none alone reaches the default hold threshold except a heavy link load.
 * Pure and deterministic.
 */
public final class SpamScorer {

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern SHORTENER =
            Pattern.compile("(?i)\\b(?:bit\\.ly|tinyurl\\.com|t\\.co|goo\\.gl|is\\.gd|cutt\\.ly|rb\\.gy)/");
    private static final Pattern REPEATS = Pattern.compile("(.)\\1{7,}");
    private static final Set<String> SELLING = Set.of(
            "casino", "viagra", "cialis", "crypto", "bitcoin", "forex", "loan", "loans", "seo", "backlinks",
            "escort", "porn", "betting", "replica", "weight-loss", "diet pills", "work from home", "earn money",
            "free money", "click here", "buy now", "limited offer", "whatsapp");

    private SpamScorer() {}

    /** @param repeatedByAuthor the same account posted the same title before */
    public static SpamScore score(String title, String body, boolean repeatedByAuthor) {
        var text = title + "\n" + body;
        var lower = text.toLowerCase(Locale.ROOT);
        var reasons = new ArrayList<String>();
        var score = 0.0;
        var links = LINK.matcher(text).results().count();
        if (links >= 3) {
            score += 0.4 + Math.min(0.3, 0.05 * (links - 3));
            reasons.add(links + " links");
        } else if (links > 0) {
            score += 0.1 * links;
            reasons.add(links == 1 ? "a link" : links + " links");
        }
        if (SHORTENER.matcher(text).find()) {
            score += 0.3;
            reasons.add("a shortened link");
        }
        var selling = SELLING.stream().filter(w -> containsWord(lower, w)).sorted().toList();
        if (!selling.isEmpty()) {
            score += Math.min(0.6, 0.3 * selling.size());
            reasons.add("selling words: " + String.join(", ", selling));
        }
        if (shouting(title)) {
            score += 0.2;
            reasons.add("title in capitals");
        }
        if (REPEATS.matcher(text).find()) {
            score += 0.15;
            reasons.add("a character repeated many times");
        }
        if (repeatedByAuthor) {
            score += 0.4;
            reasons.add("the same title posted again by the same account");
        }
        return new SpamScore(score, reasons);
    }

    private static boolean containsWord(String lower, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(lower).find();
    }

    private static boolean shouting(String title) {
        var letters = title.chars().filter(Character::isLetter).count();
        var upper = title.chars().filter(Character::isUpperCase).count();
        return letters >= 12 && upper >= letters * 0.8;
    }
}
