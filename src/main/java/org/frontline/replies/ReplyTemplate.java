package org.frontline.replies;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} variables of a canned response with plain text. Nothing is evaluated: an unknown
 * variable stays as written, and a value containing braces is inserted as it is, never expanded again.
 */
public final class ReplyTemplate {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([a-z]+(?:\\.[a-z]+)*)\\s*}}");

    private ReplyTemplate() {}

    public static String render(String template, Map<String, String> values) {
        var matcher = VARIABLE.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** How long a reply may be on each channel; zero means no practical limit. */
    public static int lengthLimit(String channel) {
        return switch (channel) {
            case "x" -> 280;
            case "bluesky" -> 300;
            case "mastodon" -> 500;
            case "reddit" -> 10_000;
            case "hackernews" -> 0;
            default -> 0;
        };
    }
}
