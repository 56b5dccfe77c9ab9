package org.frontline.routing;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Locale;
import java.util.UUID;

/**
 * One condition of a routing rule. Each says in plain words what it matched, for the explanation shown on
 * the case.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RuleCondition.QueryIs.class, name = "query"),
    @JsonSubTypes.Type(value = RuleCondition.ChannelIs.class, name = "channel"),
    @JsonSubTypes.Type(value = RuleCondition.IntentIs.class, name = "intent"),
    @JsonSubTypes.Type(value = RuleCondition.SentimentAtMost.class, name = "sentimentAtMost"),
    @JsonSubTypes.Type(value = RuleCondition.RudenessAtLeast.class, name = "rudenessAtLeast"),
    @JsonSubTypes.Type(value = RuleCondition.UrgencyAtLeast.class, name = "urgencyAtLeast"),
    @JsonSubTypes.Type(value = RuleCondition.LanguageIs.class, name = "language"),
    @JsonSubTypes.Type(value = RuleCondition.ReachAtLeast.class, name = "reachAtLeast"),
    @JsonSubTypes.Type(value = RuleCondition.TextContains.class, name = "text")
})
public sealed interface RuleCondition {

    boolean matches(RoutingFacts facts);

    /** What matched, e.g. {@code intent complaint} or {@code query *Refunds*}. */
    String describe(RoutingFacts facts);

    record QueryIs(UUID query) implements RuleCondition {
        public boolean matches(RoutingFacts facts) {
            return facts.queries().containsKey(query);
        }

        public String describe(RoutingFacts facts) {
            return "query *" + facts.queries().getOrDefault(query, query.toString()) + "*";
        }
    }

    record ChannelIs(String channel) implements RuleCondition {
        public boolean matches(RoutingFacts facts) {
            return facts.channel().equalsIgnoreCase(channel);
        }

        public String describe(RoutingFacts facts) {
            return "channel " + facts.channel();
        }
    }

    record IntentIs(String intent) implements RuleCondition {
        public boolean matches(RoutingFacts facts) {
            return intent.equalsIgnoreCase(facts.intent());
        }

        public String describe(RoutingFacts facts) {
            return "intent " + facts.intent();
        }
    }

    record SentimentAtMost(double sentiment) implements RuleCondition {
        public boolean matches(RoutingFacts facts) {
            return facts.sentiment() != null && facts.sentiment() <= sentiment;
        }

        public String describe(RoutingFacts facts) {
            return "sentiment %.2f".formatted(facts.sentiment());
        }
    }

    record RudenessAtLeast(double rudeness) implements RuleCondition {
        public boolean matches(RoutingFacts facts) {
            return facts.rudeness() != null && facts.rudeness() >= rudeness;
        }

        public String describe(RoutingFacts facts) {
            return "rudeness %.2f".formatted(facts.rudeness());
        }
    }

    record UrgencyAtLeast(double urgency) implements RuleCondition {
        public boolean matches(RoutingFacts facts) {
            return facts.urgency() != null && facts.urgency() >= urgency;
        }

        public String describe(RoutingFacts facts) {
            return "urgency %.2f".formatted(facts.urgency());
        }
    }

    record LanguageIs(String language) implements RuleCondition {
        public boolean matches(RoutingFacts facts) {
            return facts.language() != null
                    && facts.language().toLowerCase(Locale.ROOT).split("[-_]")[0].equals(language.toLowerCase(Locale.ROOT));
        }

        public String describe(RoutingFacts facts) {
            return "language " + facts.language();
        }
    }

    record ReachAtLeast(long followers) implements RuleCondition {
        public boolean matches(RoutingFacts facts) {
            return facts.followers() != null && facts.followers() >= followers;
        }

        public String describe(RoutingFacts facts) {
            return facts.followers() + " followers";
        }
    }

    /** Case- and accent-insensitive containment of a word or phrase; no user regular expressions. */
    record TextContains(String text) implements RuleCondition {
        public boolean matches(RoutingFacts facts) {
            return fold(facts.text()).contains(fold(text));
        }

        public String describe(RoutingFacts facts) {
            return "text contains \u201c" + text + "\u201d";
        }

        private static String fold(String value) {
            return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
        }
    }
}
