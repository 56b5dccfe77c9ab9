package org.frontline.matching.filters;

import java.util.Set;
import java.util.regex.Pattern;
import org.frontline.matching.query.Field;
import org.frontline.matching.query.Followers;
import org.frontline.matching.query.Hashtag;
import org.frontline.matching.query.Mention;
import org.frontline.matching.query.Phrase;
import org.frontline.matching.query.Prefix;
import org.frontline.matching.query.Query;
import org.frontline.matching.query.Term;

/**
 * X API v2 filtered-stream rule operators: keywords, {@code "exact phrase"}, {@code #hashtag}, {@code @mention},
 * {@code from:}, {@code url:} (standalone) and {@code lang:} (needs a standalone operator beside it). There is no
 * wildcard, proximity or follower-count operator in v2, so those parts are left to Frontline.
 */
final class XDialect implements Dialect {

    /** X user names: letters, digits and underscore, at most 15. */
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9_]{1,15}");
    private static final Pattern HASHTAG = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern BARE_KEYWORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern LANGUAGE = Pattern.compile("([a-z]{2,3})(-[a-z0-9-]+)?");
    /** Words X reads as operators when written bare. */
    private static final Set<String> RESERVED = Set.of("or", "and");
    /** The post's own address is on these hosts; X's url: only looks at links in the post. */
    private static final Set<String> OWN_SITES = Set.of("x.com", "twitter.com", "t.co");

    @Override
    public String channel() {
        return "x";
    }

    @Override
    public Leaf leaf(Query leaf) {
        return switch (leaf) {
            case Term term -> Leaf.exact(keyword(term.text()));
            case Phrase phrase -> Leaf.exact(new Filter.Operator(Dialect.quoted(String.join(" ", phrase.words())), true));
            case Hashtag hashtag -> HASHTAG.matcher(hashtag.name()).matches()
                    ? Leaf.exact(new Filter.Operator("#" + hashtag.name(), true))
                    : Leaf.wider(Filter.ANYTHING, hashtag.canonical() + " is not a hashtag X can have; Frontline checks it.");
            case Mention mention -> USER_NAME.matcher(mention.name()).matches()
                    ? Leaf.exact(new Filter.Operator("@" + mention.name(), true))
                    : Leaf.wider(Filter.ANYTHING, mention.canonical() + " is not an X user name; Frontline checks it.");
            case Prefix prefix -> Leaf.wider(Filter.ANYTHING,
                    prefix.canonical() + " is checked in Frontline: X rules have no wildcard.");
            case Followers followers -> Leaf.wider(Filter.ANYTHING, followers.canonical()
                    + " is checked in Frontline: the v2 filtered stream has no follower-count operator.");
            case Field field -> field(field);
            default -> throw new IllegalArgumentException("Not a leaf: " + leaf.canonical());
        };
    }

    private static Filter.Operator keyword(String word) {
        boolean bare = BARE_KEYWORD.matcher(word).matches() && !RESERVED.contains(word);
        return new Filter.Operator(bare ? word : Dialect.quoted(word), true);
    }

    private static Leaf field(Field field) {
        String value = field.value();
        return switch (field.name()) {
            case AUTHOR -> author(value);
            case LANG -> language(value);
            case SITE -> OWN_SITES.contains(value)
                    ? Leaf.wider(Filter.ANYTHING, field.canonical() + " holds for every post on X (its own address).")
                    : Leaf.wider(new Filter.Operator("url:" + Dialect.quoted(value), true), field.canonical()
                            + " becomes url:\"" + value + "\", which X matches anywhere in a link; Frontline checks the host.");
            case URL -> Leaf.wider(Filter.ANYTHING, field.canonical()
                    + " is checked in Frontline: X's url: matches whole words of a link, not any fragment.");
            case CHANNEL -> throw new IllegalArgumentException("channel: is decided before the dialect");
        };
    }

    private static Leaf author(String value) {
        String name = value.startsWith("@") ? value.substring(1) : value;
        if (USER_NAME.matcher(name).matches()) {
            return Leaf.exact(new Filter.Operator("from:" + name, true));
        }
        // A handle with a server (ana@mastodon.social) or a dot never belongs to an X account.
        return new Leaf(Filter.NOTHING, true, "author:" + value + " is not an X user name, so it never holds on X.");
    }

    private static Leaf language(String value) {
        var matcher = LANGUAGE.matcher(value);
        if (!matcher.matches()) {
            return Leaf.wider(Filter.ANYTHING, "lang:" + value + " is not a language code X knows; Frontline checks it.");
        }
        var operator = new Filter.Operator("lang:" + matcher.group(1), false);
        return matcher.group(2) == null
                ? Leaf.exact(operator)
                : Leaf.wider(operator, "lang:" + value + " becomes lang:" + matcher.group(1)
                        + ": X tags a post with a language, not a region.");
    }
}
