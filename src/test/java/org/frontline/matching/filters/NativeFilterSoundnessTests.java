package org.frontline.matching.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.frontline.matching.NativeFilter;
import org.frontline.matching.NativeFilter.Fit;
import org.frontline.matching.NativeFilters;
import org.frontline.matching.query.CompiledQuery;
import org.frontline.matching.query.MatchableText;
import org.frontline.matching.query.PostFacts;
import org.frontline.matching.query.QueryParser;
import org.junit.jupiter.api.Test;

/**
 * The property every native filter must keep: each post the query matches is also let through by the filter, so the
 * network never withholds a post Frontline would have matched. Native operators are modelled by Frontline's own
 * matching of the same operator ({@code from:} as {@code author:}, {@code -x} as {@code NOT x}): the compiler's job is
 * the boolean structure and the widening, which this checks on thousands of random queries and posts.
 */
class NativeFilterSoundnessTests {

    private static final int QUERIES = 3_000;
    private static final int POSTS_PER_QUERY = 40;

    private final Generator generator = new Generator(new Random(20261123L));

    @Test
    void everyPostAQueryMatchesOnXPassesItsRules() {
        var checked = check("x", query -> NativeFilters.xRule(query, 200), rule -> CompiledQuery.compile(QueryParser.parse(fromXRule(rule))));
        assertThat(checked.matched).as("posts matched by queries with a rule").isGreaterThan(1_000);
        assertThat(checked.widened).as("queries whose rule is wider").isGreaterThan(100);
    }

    @Test
    void everyPostAQueryMatchesOnRedditPassesItsSearch() {
        var checked = check("reddit", NativeFilters::redditSearch, q -> CompiledQuery.compile(QueryParser.parse(q)));
        assertThat(checked.matched).isGreaterThan(1_000);
    }

    @Test
    void everyPostAQueryMatchesOnMastodonCarriesOneOfItsHashtags() {
        var checked = check("mastodon", NativeFilters::mastodonHashtags, tag -> CompiledQuery.compile(QueryParser.parse("#" + tag)));
        assertThat(checked.matched).isGreaterThan(100);
    }

    @Test
    void everyPostAQueryMatchesHasOneOfItsKeywords() {
        var checked = check("hackernews", query -> NativeFilters.keywords(query, "hackernews"), NativeFilterSoundnessTests::keywordQuery);
        assertThat(checked.matched).isGreaterThan(1_000);
    }

    private record Checked(int matched, int widened) {}

    private Checked check(String channel, java.util.function.Function<String, NativeFilter> compile,
            java.util.function.Function<String, CompiledQuery> filterAsQuery) {
        int matched = 0;
        int widened = 0;
        for (int i = 0; i < QUERIES; i++) {
            String query = generator.query(3);
            NativeFilter filter = compile.apply(query);
            CompiledQuery exact = CompiledQuery.compile(QueryParser.parse(query));
            List<CompiledQuery> passes = filter.filters().stream().map(filterAsQuery).toList();
            widened += filter.fit() == Fit.BROADER ? 1 : 0;
            for (int p = 0; p < POSTS_PER_QUERY; p++) {
                MatchableText post = generator.post(channel);
                if (!exact.matches(post)) {
                    continue;
                }
                assertThat(filter.fit()).as("%s matched a %s post, so it cannot be NEVER", query, channel).isNotEqualTo(Fit.NEVER);
                if (filter.usable()) {
                    matched++;
                    assertThat(passes.stream().anyMatch(pass -> pass.matches(post)))
                            .as("query %s matched a post its filter %s withholds: %s", query, filter.filters(), generator.last)
                            .isTrue();
                }
            }
        }
        return new Checked(matched, widened);
    }

    /** Reads an X rule as a query of Frontline's language: same precedence, {@code -} for NOT, {@code from:} for author. */
    static String fromXRule(String rule) {
        String text = rule.replaceAll("url:\"([^\" ]*)\"", "url:$1");
        StringBuilder query = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean tokenStart = i == 0 || " (-".indexOf(text.charAt(i - 1)) >= 0;
            if (c == '"') {
                quoted = !quoted;
                query.append(c);
            } else if (!quoted && tokenStart && c == '-') {
                query.append("NOT ");
            } else if (!quoted && tokenStart && text.startsWith("from:", i)) {
                query.append("author:");
                i += 4;
            } else {
                query.append(c);
            }
        }
        return query.toString();
    }

    private static CompiledQuery keywordQuery(String keyword) {
        if (keyword.contains(" ")) {
            return CompiledQuery.compile(QueryParser.parse('"' + keyword + '"'));
        }
        // A search engine finds a stem's longer words too; the compiler offers a wildcard's stem as a keyword.
        return CompiledQuery.compile(QueryParser.parse(keyword.length() >= 3 ? "\"" + keyword + "\" OR " + keyword + "*" : '"' + keyword + '"'));
    }

    /** Random queries and posts over a small vocabulary, including fields, links and look-alike spellings. */
    static final class Generator {

        private static final List<String> WORDS = List.of("acme", "refund", "refunds", "broken", "money", "back", "service",
                "help", "late", "order", "app", "crash", "crashed", "réfund", "ｄｅｌａｙ", "delay", "or", "😡", "退款");
        private static final List<String> LANGS = List.of("en", "fr", "de", "pt-br", "en-gb");
        private static final List<String> CHANNELS = List.of("mastodon", "x", "reddit", "hackernews");
        private static final List<String> LINKS = List.of("https://acme.com/refund", "https://help.acme.com/x",
                "https://globex.example/money", "https://x.com/acme/status/1");

        private final Random random;
        String last = "";

        Generator(Random random) {
            this.random = random;
        }

        String query(int depth) {
            int kind = random.nextInt(depth <= 0 ? 9 : 14);
            return switch (kind) {
                case 0, 1, 2 -> word();
                case 3 -> "\"" + word() + " " + word() + "\"";
                case 4 -> pick(List.of("refund*", "crash*", "acm*"));
                case 5 -> pick(List.of("#acme", "#refund", "@acme", "@support", "#退款"));
                case 6 -> random.nextBoolean() ? "lang:" + pick(LANGS) : "channel:" + pick(CHANNELS);
                case 7 -> random.nextBoolean() ? "followers:>" + random.nextInt(2000)
                        : "author:" + pick(List.of("ana", "bob", "ana@mastodon.social"));
                case 8 -> pick(List.of("site:acme.com", "url:acme.com/ref", "site:x.com", "url:money"));
                case 9 -> query(depth - 1) + " OR " + query(depth - 1);
                case 10 -> query(depth - 1) + " " + query(depth - 1);
                case 11 -> query(depth - 1) + " NOT " + query(depth - 1);
                case 12 -> "(" + query(depth - 1) + ")";
                default -> positional() + " NEAR/" + random.nextInt(4) + (random.nextBoolean() ? "f " : " ") + positional();
            };
        }

        MatchableText post(String channel) {
            StringBuilder text = new StringBuilder();
            int length = 2 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                int decoration = random.nextInt(12);
                text.append(decoration == 0 ? "#" : decoration == 1 ? "@" : "")
                        .append(random.nextInt(6) == 0 ? word().toUpperCase(java.util.Locale.ROOT) : word())
                        .append(decoration == 2 ? " " + pick(LINKS) + " " : random.nextInt(5) == 0 ? ", " : " ");
            }
            last = text + " " + channel;
            Long followers = random.nextInt(4) == 0 ? null : (long) random.nextInt(3000);
            String author = channel.equals("mastodon") ? pick(List.of("ana", "ana@mastodon.social", "carol")) : pick(List.of("ana", "bob", "carol"));
            String url = channel.equals("x") ? "https://x.com/" + author + "/status/1" : null;
            return MatchableText.of(text.toString(), new PostFacts(channel, author, pick(LANGS), url, followers));
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

}
