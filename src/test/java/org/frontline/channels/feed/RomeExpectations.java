package org.frontline.channels.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Expectations for ROME's own test feeds, whose element values are their own paths
 * ({@code <title>rss_2.0.channel.item[0].title</title>}): each such value is what Frontline must read for
 * that field.
 */
final class RomeExpectations {

    private record Rule(Pattern pattern, String field, boolean perEntry) {}

    private static final String V = "\\s*([^<\\s]*?";
    private static final List<Rule> RULES = List.of(
            rule("<title[^>]*>" + V + "\\.(?:channel|feed)\\.title)\\s*</title>", "title", false),
            rule("<language>" + V + "\\.channel\\.language)\\s*</language>", "language", false),
            rule("<title[^>]*>" + V + "\\.(?:item|entry)\\[(\\d+)\\]\\.title)\\s*</title>", "title", true),
            rule("<link>" + V + "\\.(?:item|entry)\\[(\\d+)\\]\\.link)\\s*</link>", "link", true),
            rule("<guid[^>]*>" + V + "\\.item\\[(\\d+)\\]\\.guid)\\s*</guid>", "id", true),
            rule("<(?:author|dc:creator)>" + V + "\\.(?:item|entry)\\[(\\d+)\\]\\.(?:author|creator))\\s*</(?:author|dc:creator)>", "author", true),
            rule("<name>" + V + "\\.entry\\[(\\d+)\\]\\.author\\.name)\\s*</name>", "author", true),
            rule("<description>" + V + "\\.item\\[(\\d+)\\]\\.description)\\s*</description>", "text_contains", true));

    private RomeExpectations() {}

    private static Rule rule(String regex, String field, boolean perEntry) {
        return new Rule(Pattern.compile(regex), field, perEntry);
    }

    static List<FeedExpectation> derive(String document) {
        var result = new ArrayList<FeedExpectation>();
        // Frontline reads content before summary: a description is only the text when there is no content.
        var hasContent = document.contains("<content:encoded") || document.contains("<content");
        for (var rule : RULES) {
            if (hasContent && rule.field().equals("text_contains")) {
                continue;
            }
            var m = rule.pattern().matcher(document);
            while (m.find()) {
                var entry = rule.perEntry() ? Integer.parseInt(m.group(2)) : -1;
                result.add(new FeedExpectation(true, rule.field(), entry, m.group(1)));
            }
        }
        return result;
    }
}
