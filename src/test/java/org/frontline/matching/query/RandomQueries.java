package org.frontline.matching.query;

import java.util.List;
import java.util.Random;

/** Seeded random queries and posts over a small vocabulary, so that they often meet. */
final class RandomQueries {

    static final List<String> WORDS = List.of(
            "acme", "refund", "refunds", "broken", "money", "back", "service", "help", "late", "order", "the", "app",
            "crash", "crashed", "réfund", "ｄｅｌａｙ", "delay", "support", "thanks", "😡", "退款", "kaputt");

    private static final List<String> LANGS = List.of("en", "fr", "de");
    private static final List<String> CHANNELS = List.of("mastodon", "x", "reddit");

    private final Random random;

    RandomQueries(long seed) {
        this.random = new Random(seed);
    }

    String query(int depth) {
        int kind = random.nextInt(depth <= 0 ? 8 : 13);
        return switch (kind) {
            case 0, 1, 2 -> word();
            case 3 -> "\"" + word() + " " + word() + "\"";
            case 4 -> pick(List.of("refund*", "crash*", "acm*", "sup*"));
            case 5 -> pick(List.of("#acme", "#refund", "@acme", "@support"));
            case 6 -> random.nextBoolean() ? "lang:" + pick(LANGS) : "channel:" + pick(CHANNELS);
            case 7 -> random.nextBoolean() ? "followers:>" + random.nextInt(2000) : "author:" + pick(List.of("ana", "bob"));
            case 8 -> query(depth - 1) + " OR " + query(depth - 1);
            case 9 -> query(depth - 1) + " " + query(depth - 1);
            case 10 -> query(depth - 1) + " NOT " + query(depth - 1);
            case 11 -> "(" + query(depth - 1) + ")";
            default -> positional() + " NEAR/" + random.nextInt(4) + (random.nextBoolean() ? "f " : " ") + positional();
        };
    }

    String post() {
        StringBuilder text = new StringBuilder();
        int length = 3 + random.nextInt(25);
        for (int i = 0; i < length; i++) {
            String word = word();
            int decoration = random.nextInt(10);
            text.append(decoration == 0 ? "#" : decoration == 1 ? "@" : "")
                    .append(random.nextInt(6) == 0 ? word.toUpperCase(java.util.Locale.ROOT) : word)
                    .append(random.nextInt(5) == 0 ? ", " : " ");
        }
        return text.toString();
    }

    PostFacts facts() {
        Long followers = random.nextInt(4) == 0 ? null : (long) random.nextInt(3000);
        return new PostFacts(pick(CHANNELS), pick(List.of("ana", "bob@x.example", "carol")), pick(LANGS), null, followers);
    }

    private String positional() {
        return switch (random.nextInt(4)) {
            case 0 -> "\"" + word() + " " + word() + "\"";
            case 1 -> "(" + word() + " OR " + word() + ")";
            case 2 -> "refund*";
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
