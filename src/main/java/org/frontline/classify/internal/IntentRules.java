package org.frontline.classify.internal;

import java.util.ArrayList;
import java.util.List;
import org.frontline.classify.Intent;
import org.frontline.classify.internal.Token.Kind;

/**
 * Rules that add evidence to the intent model where wording is decisive and training posts are few: asking
 * for a recommendation, spam bait, feature requests, a closing question mark. Each hit adds to one intent's
 * score and names the phrase in the reason.
 */
final class IntentRules {

    record Hit(Intent intent, double boost, String why) {}

    private static final Phrases NEED = new Phrases("asks for a recommendation", List.of(
            "#need", "can anyone recommend", "can someone recommend", "anyone recommend", "any recommendations",
            "recommendations for", "recommend me", "can you recommend", "can you all recommend", "looking for a",
            "looking for an", "looking for recommendations", "in the market for", "can someone suggest",
            "can anyone suggest", "any suggestions for", "should i buy", "should i get", "what should i get",
            "on the hunt for", "help me pick", "who makes a good", "best place to buy", "looking to switch",
            "#suche", "suche eine", "suche einen", "busco un", "busco una", "procuro um", "procuro uma",
            "je cherche", "szukam", "indicação de"));
    private static final Phrases SPAM = new Phrases("spam bait", List.of(
            "giveaway", "airdrop", "claim your", "claim yours", "free gift", "gift card", "link in bio",
            "dm me", "make <num>", "earn <num>", "per day", "a week from home", "from home", "passive income",
            "crypto", "bitcoin", "wallet", "verify your account", "verify your details", "followers",
            "guaranteed", "no experience needed", "limited offer", "click here", "whatsapp me", "telegram",
            "win a", "congratulations"));
    private static final Phrases IDEA = new Phrases("suggests an improvement", List.of(
            "feature request", "feature idea", "feature-wunsch", "please add", "please bring back", "please make",
            "please allow", "please let", "please support", "would be nice", "would be great if", "would be cool",
            "would be handy", "would love", "i wish", "wish list", "suggestion", "how about",
            "why not add", "i'd pay", "would pay", "you should let", "should offer", "could you add",
            "add an option", "add support"));

    private static final double STRONG = 3.0;
    private static final double MEDIUM = 1.5;
    private static final double LIGHT = 0.75;

    private IntentRules() {}

    static List<Hit> apply(List<Token> tokens, PaddedText padded) {
        var hits = new ArrayList<Hit>();
        NEED.firstIn(padded).ifPresent(p -> hits.add(new Hit(Intent.NEED, STRONG, NEED.name() + " (\"" + p + "\")")));
        spam(tokens, padded, hits);
        IDEA.firstIn(padded).ifPresent(p -> hits.add(new Hit(Intent.IDEA, MEDIUM, IDEA.name() + " (\"" + p + "\")")));
        if (!tokens.isEmpty() && tokens.getLast().kind() == Kind.QUESTION) {
            hits.add(new Hit(Intent.QUESTION, LIGHT, "ends with a question mark"));
        }
        return hits;
    }

    /** Bait words alone are not spam ("gift card" in a question); bait plus a link, or a lot of bait, is. */
    private static void spam(List<Token> tokens, PaddedText padded, List<Hit> hits) {
        var bait = SPAM.allIn(padded);
        var links = 0;
        for (var token : tokens) {
            links += token.kind() == Kind.URL ? 1 : 0;
        }
        if ((links > 0 && !bait.isEmpty()) || bait.size() >= 3) {
            var words = String.join("\", \"", bait.subList(0, Math.min(3, bait.size())));
            hits.add(new Hit(Intent.SPAM, bait.size() >= 2 ? STRONG : MEDIUM,
                    SPAM.name() + " (\"" + words + "\"" + (links > 0 ? " and a link" : "") + ")"));
        }
    }
}
