package org.frontline.benchmarks.matching;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The reproducible matching workload: short posts in five languages built from realistic vocabulary, and generated
 * tracking queries in the mix (50% OR of terms and phrases, 25% AND with NOT, 10% NEAR, 10% with a language
 * filter, 5% with a wildcard). Everything derives from the seed.
 */
final class Workload {

    /** A generated post: text and language. */
    record Post(String text, String lang) {}

    private static final String[] LANGS = {"en", "fr", "de", "es", "pt"};
    private static final double[] LANG_SHARE = {0.5, 0.65, 0.8, 0.9, 1.0};
    private static final String[] EMOJI = {"😡", "🙏", "👍", "😤", "💸", "📦"};

    private final List<Vocabulary> vocabularies;
    private final List<String> bigrams = new ArrayList<>();

    Workload(Path banking77) throws IOException {
        vocabularies = List.of(
                Vocabulary.english(banking77),
                Vocabulary.zipf("fr", Vocabulary.FRENCH),
                Vocabulary.zipf("de", Vocabulary.GERMAN),
                Vocabulary.zipf("es", Vocabulary.SPANISH),
                Vocabulary.zipf("pt", Vocabulary.PORTUGUESE));
    }

    List<Post> posts(int count, long seed) {
        Random random = new Random(seed);
        List<Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            posts.add(post(random));
        }
        learnPhrasesFrom(posts);
        return posts;
    }

    /** Takes the phrases for queries from the first posts, as {@link #posts} does; for posts read back from a file. */
    void learnPhrasesFrom(List<Post> posts) {
        harvestBigrams(posts.subList(0, Math.min(posts.size(), 20_000)));
    }

    List<String> queries(int count, long seed) {
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            queries.add(query(random, i % 20));
        }
        return queries;
    }

    private Post post(Random random) {
        int langIndex = pickLang(random);
        Vocabulary vocabulary = vocabularies.get(langIndex);
        int length = 50 + random.nextInt(451);
        StringBuilder text = new StringBuilder(length + 20);
        boolean sentenceStart = true;
        while (text.length() < length) {
            String word = random.nextInt(200) == 0 ? pick(random, Vocabulary.BRANDS) : vocabulary.sample(random);
            if (sentenceStart) {
                word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            }
            text.append(word);
            int punctuation = random.nextInt(20);
            sentenceStart = punctuation < 2;
            text.append(switch (punctuation) {
                case 0 -> ". ";
                case 1 -> "! ";
                case 2, 3 -> ", ";
                case 4 -> random.nextInt(4) == 0 ? " " + EMOJI[random.nextInt(EMOJI.length)] + " " : " ";
                default -> " ";
            });
        }
        return new Post(text.toString().strip(), LANGS[langIndex]);
    }

    // 20 slots: 10 OR, 5 AND/NOT, 2 NEAR, 2 language, 1 wildcard = 50/25/10/10/5 %.
    private String query(Random random, int slot) {
        Vocabulary vocabulary = vocabularies.get(pickLang(random));
        if (slot < 10) {
            return orOfTermsAndPhrases(random, vocabulary);
        }
        if (slot < 15) {
            return andWithNot(random, vocabulary);
        }
        if (slot < 17) {
            return near(random, vocabulary);
        }
        if (slot < 19) {
            return "lang:" + vocabulary.lang() + " AND " + orOfTermsAndPhrases(random, vocabulary);
        }
        return wildcard(random, vocabulary);
    }

    private String orOfTermsAndPhrases(Random random, Vocabulary vocabulary) {
        int operands = 2 + random.nextInt(4);
        List<String> parts = new ArrayList<>();
        while (parts.size() < operands) {
            parts.add(random.nextInt(4) == 0 && !bigrams.isEmpty() ? "\"" + pick(random, bigrams) + "\"" : term(random, vocabulary));
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    private String andWithNot(Random random, Vocabulary vocabulary) {
        String positive = random.nextBoolean()
                ? term(random, vocabulary) + " AND " + term(random, vocabulary)
                : "(" + term(random, vocabulary) + " OR " + term(random, vocabulary) + ") AND " + term(random, vocabulary);
        return positive + " NOT " + term(random, vocabulary);
    }

    private String near(Random random, Vocabulary vocabulary) {
        String left = term(random, vocabulary);
        String right = term(random, vocabulary);
        while (right.equals(left)) {
            right = term(random, vocabulary);
        }
        return left + " NEAR/" + (1 + random.nextInt(5)) + (random.nextInt(3) == 0 ? "f " : " ") + right;
    }

    private String wildcard(Random random, Vocabulary vocabulary) {
        String word = vocabulary.sampleForQuery(random);
        while (word.codePointCount(0, word.length()) < 5) {
            word = vocabulary.sampleForQuery(random);
        }
        String stem = word.substring(0, word.offsetByCodePoints(0, 3 + random.nextInt(word.codePointCount(0, word.length()) - 3)));
        return random.nextBoolean() ? stem + "* AND " + term(random, vocabulary) : "(" + stem + "* OR " + term(random, vocabulary) + ")";
    }

    private String term(Random random, Vocabulary vocabulary) {
        return random.nextInt(10) == 0 ? pick(random, Vocabulary.BRANDS) : vocabulary.sampleForQuery(random);
    }

    private void harvestBigrams(List<Post> posts) {
        if (!bigrams.isEmpty()) {
            return;
        }
        Random random = new Random(7);
        for (Post post : posts) {
            String[] words = post.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
            if (words.length > 2) {
                int at = random.nextInt(words.length - 1);
                if (!words[at].isEmpty() && !words[at + 1].isEmpty()) {
                    bigrams.add(words[at] + " " + words[at + 1]);
                }
            }
        }
    }

    private static int pickLang(Random random) {
        double r = random.nextDouble();
        for (int i = 0; i < LANG_SHARE.length; i++) {
            if (r < LANG_SHARE[i]) {
                return i;
            }
        }
        return 0;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
