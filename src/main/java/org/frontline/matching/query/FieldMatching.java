package org.frontline.matching.query;

import org.jspecify.annotations.Nullable;

/** Tests a {@link Field} against a post's facts and links. */
final class FieldMatching {

    private FieldMatching() {}

    static boolean holds(Field field, MatchableText text) {
        PostFacts facts = text.facts();
        String value = field.value();
        return switch (field.name()) {
            case AUTHOR -> isAuthor(facts.authorHandle(), value);
            case CHANNEL -> value.equals(facts.channel());
            case LANG -> isLanguage(facts.lang(), value);
            case URL -> text.links().stream().anyMatch(link -> link.contains(value));
            case SITE -> text.links().stream().map(Links::host).anyMatch(host -> isOnSite(host, value));
        };
    }

    private static boolean isLanguage(@Nullable String lang, String value) {
        // No concatenation: this runs for every post a lang: query is a candidate for.
        return lang != null
                && lang.startsWith(value)
                && (lang.length() == value.length() || lang.charAt(value.length()) == '-');
    }

    private static boolean isAuthor(@Nullable String handle, String value) {
        if (handle == null) {
            return false;
        }
        int server = handle.indexOf('@');
        return handle.equals(value) || server > 0 && handle.substring(0, server).equals(value);
    }

    private static boolean isOnSite(String host, String site) {
        return host.equals(site) || host.endsWith("." + site);
    }
}
