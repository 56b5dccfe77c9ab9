package org.frontline.matching.internal;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.frontline.ingest.Channel;
import org.frontline.ingest.PostAuthor;
import org.jspecify.annotations.Nullable;

/**
 * Seeded random queries and posts over a small vocabulary, so that they often meet, with the text in the disguises
 * folding must see through: capitals, accents (precomposed and combining), fullwidth letters, zero-width characters
 * and Cyrillic look-alikes; and with hashtags, mentions, links, languages and authors for the fields.
 */
final class PreviewSamples {

    private static final List<String> WORDS = List.of(
            "acme", "refund", "refunds", "broken", "money", "back", "card", "late", "order", "the", "crash",
            "crashed", "support", "thanks", "delay", "kaputt", "退款", "😡", "acme-hub", "don't", "привет");

    private static final List<String> LANGS = List.of("en", "en-GB", "EN", "fr", "fr-CA", "de");
    private static final List<String> HANDLES =
            List.of("ana", "Ana@mastodon.example", "@bob", "cаrol", "acme_support", "ＤＡＶＥ");

    private final Random random;

    PreviewSamples(long seed) {
        this.random = new Random(seed);
    }

    String query(int depth) {
        int kind = random.nextInt(depth <= 0 ? 9 : 15);
        return switch (kind) {
            case 0, 1, 2 -> random.nextInt(4) == 0 ? disguised(word()) : word();
            case 3 -> "\"" + word() + " " + word() + "\"";
            case 4 -> pick(List.of("refund*", "crash*", "acm*", "sup*", "ＲＥＦ*", "rеf*"));
            case 5 -> pick(List.of("#acme", "#refund", "#Rеfund", "@acme", "@support", "@acme@mastodon.social"));
            case 6 -> "lang:" + pick(List.of("en", "en-gb", "fr", "de", "es"));
            case 7 -> pick(List.of("channel:mastodon", "channel:x", "author:ana", "author:bob", "author:dave", "author:carol"));
            case 8 -> pick(List.of("url:acme.com", "site:acme.com", "followers:>1000", "followers:<=500"));
            case 9, 10 -> query(depth - 1) + " OR " + query(depth - 1);
            case 11 -> query(depth - 1) + " " + query(depth - 1);
            case 12 -> random.nextBoolean() ? query(depth - 1) + " NOT " + query(depth - 1) : "NOT " + query(depth - 1);
            case 13 -> "(" + query(depth - 1) + ")";
            default -> positional() + " NEAR/" + random.nextInt(4) + (random.nextBoolean() ? "f " : " ") + positional();
        };
    }

    String text() {
        StringBuilder text = new StringBuilder();
        int length = 2 + random.nextInt(20);
        for (int i = 0; i < length; i++) {
            int decoration = random.nextInt(14);
            String word = random.nextInt(3) == 0 ? disguised(word()) : word();
            text.append(switch (decoration) {
                        case 0 -> "#" + word;
                        case 1 -> "@" + word;
                        case 2 -> "@" + word + "@mastodon.social";
                        case 3 -> "https://acme.com/" + word;
                        default -> word;
                    })
                    .append(random.nextInt(5) == 0 ? ", " : " ");
        }
        return text.toString();
    }

    Channel channel() {
        return pick(List.of(Channel.MASTODON, Channel.X, Channel.REDDIT));
    }

    PostAuthor author() {
        Long followers = random.nextInt(4) == 0 ? null : (long) random.nextInt(3000);
        return new PostAuthor(pick(HANDLES), null, null, followers);
    }

    @Nullable String lang() {
        return random.nextInt(6) == 0 ? null : pick(LANGS);
    }

    @Nullable String url() {
        return random.nextInt(5) == 0 ? "https://www.acme.com/p/" + random.nextInt(100) : null;
    }

    private String disguised(String word) {
        return switch (random.nextInt(6)) {
            case 0 -> word.toUpperCase(Locale.ROOT);
            case 1 -> word.replace("e", "é").replace("a", "a\u0301");
            case 2 -> fullwidth(word);
            case 3 -> word.length() > 2 ? word.charAt(0) + "\u200B" + word.substring(1) : word;
            case 4 -> word.replace('e', 'е').replace('a', 'а').replace('o', 'о').replace('c', 'с');
            default -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        };
    }

    private static String fullwidth(String word) {
        StringBuilder wide = new StringBuilder();
        word.chars().forEach(c -> wide.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'ａ') : (char) c));
        return wide.toString();
    }

    private String positional() {
        return switch (random.nextInt(5)) {
            case 0 -> "\"" + word() + " " + word() + "\"";
            case 1 -> "(" + word() + " OR " + word() + ")";
            case 2 -> "refund*";
            case 3 -> "#acme";
            default -> word();
        };
    }

    private String word() {
        return pick(WORDS);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
