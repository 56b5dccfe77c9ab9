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
 * Reddit search {@code q}: words, {@code "phrases"}, {@code AND}/{@code OR}/{@code NOT}, parentheses and
 * {@code author:}. Reddit has no hashtags, mentions, languages or follower counts, and its {@code site:}/{@code url:}
 * only look at a link submission's address, so those parts are widened and left to Frontline.
 */
final class RedditDialect implements Dialect {

    private static final Pattern BARE_WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9_-]{3,20}");
    private static final Set<String> RESERVED = Set.of("and", "or", "not");

    @Override
    public String channel() {
        return "reddit";
    }

    @Override
    public Leaf leaf(Query leaf) {
        return switch (leaf) {
            case Term term -> Leaf.exact(word(term.text()));
            case Phrase phrase -> Leaf.exact(new Filter.Operator(Dialect.quoted(String.join(" ", phrase.words())), true));
            case Hashtag hashtag -> Leaf.wider(word(hashtag.name()),
                    hashtag.canonical() + " becomes the word " + hashtag.name() + ": Reddit has no hashtags.");
            case Mention mention -> Leaf.wider(word(mention.name()),
                    mention.canonical() + " becomes the word " + mention.name() + ": Reddit search has no mentions.");
            case Prefix prefix -> Leaf.wider(Filter.ANYTHING, prefix.canonical() + " is checked in Frontline: Reddit search has no wildcard.");
            case Followers followers -> Leaf.wider(Filter.ANYTHING, followers.canonical() + " is checked in Frontline: Reddit search has no follower count.");
            case Field field -> field(field);
            default -> throw new IllegalArgumentException("Not a leaf: " + leaf.canonical());
        };
    }

    private static Filter.Operator word(String word) {
        boolean bare = BARE_WORD.matcher(word).matches() && !RESERVED.contains(word);
        return new Filter.Operator(bare ? word : Dialect.quoted(word), true);
    }

    private static Leaf field(Field field) {
        return switch (field.name()) {
            case AUTHOR -> USER_NAME.matcher(field.value()).matches()
                    ? Leaf.exact(new Filter.Operator("author:" + field.value(), true))
                    : new Leaf(Filter.NOTHING, true, field.canonical() + " is not a Reddit user name, so it never holds on Reddit.");
            case LANG -> Leaf.wider(Filter.ANYTHING, field.canonical() + " is checked in Frontline: Reddit search has no language filter.");
            case URL, SITE -> Leaf.wider(Filter.ANYTHING, field.canonical()
                    + " is checked in Frontline: Reddit's " + field.name().keyword() + ": sees only a link submission's address, not links in the text.");
            case CHANNEL -> throw new IllegalArgumentException("channel: is decided before the dialect");
        };
    }
}
