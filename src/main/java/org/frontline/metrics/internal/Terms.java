package org.frontline.metrics.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;

/**
 * The terms and hashtags a mention contributes to the top-terms rollup: lower-cased words of three letters or
 * more, without the language's stop words (English's when the language is unknown or has no list), links,
 * handles and numbers; each counted once per mention, at most {@link #MOST_PER_MENTION} of each kind.
 */
final class Terms {

    static final int MOST_PER_MENTION = 40;
    static final int LONGEST = 64;

    private static final Set<String> LISTS = Set.of("en", "de", "fr", "es", "nl", "it", "pt");
    private static final Map<String, Set<String>> STOP_WORDS = new ConcurrentHashMap<>();
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_.]+");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}&])#([\\p{L}\\p{N}_]+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    record Found(Set<String> terms, Set<String> hashtags) {}

    private Terms() {}

    static Found of(String text, String language) {
        var clean = LINK.matcher(text).replaceAll(" ");
        clean = HANDLE.matcher(clean).replaceAll(" ");
        var hashtags = new LinkedHashSet<String>();
        var tags = HASHTAG.matcher(clean);
        while (tags.find() && hashtags.size() < MOST_PER_MENTION) {
            hashtags.add(fold(tags.group(1)));
        }
        clean = HASHTAG.matcher(clean).replaceAll(" ");
        var stop = stopWords(language);
        var terms = new LinkedHashSet<String>();
        var words = WORD.matcher(clean);
        while (words.find() && terms.size() < MOST_PER_MENTION) {
            var word = fold(words.group()).replace('’', '\'');
            if (word.length() >= 3 && word.length() <= LONGEST && !stop.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                terms.add(word);
            }
        }
        hashtags.removeIf(tag -> tag.length() > LONGEST);
        return new Found(terms, hashtags);
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static Set<String> stopWords(String language) {
        var list = LISTS.contains(language) ? language : "en";
        return STOP_WORDS.computeIfAbsent(list, Terms::load);
    }

    private static Set<String> load(String language) {
        try {
            var text = new ClassPathResource("metrics/stopwords/" + language + ".txt").getContentAsString(StandardCharsets.UTF_8);
            return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(Terms::fold).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> languagesWithLists() {
        return LISTS.stream().sorted().toList();
    }
}
