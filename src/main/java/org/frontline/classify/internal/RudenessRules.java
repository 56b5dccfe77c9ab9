package org.frontline.classify.internal;

import java.util.List;
import java.util.Optional;

/**
 * Swearing and insults aimed at a company or its people, which the tweet-trained model under-weights in
 * customer posts ("useless bunch of clowns"). A hit adds to the model's log-odds and is named in the reason.
 */
final class RudenessRules {

    static final double BOOST = 2.5;

    private static final Phrases RUDE = new Phrases("swearing or insult", List.of(
            "wtf", "what the hell", "what the fuck", "the hell", "fuck", "fucking", "fucked", "shit", "shitty",
            "shittiest", "crap", "crappy", "bullshit", "damn", "bloody", "pissed", "idiot", "idiots", "moron",
            "morons", "clown", "clowns", "clown show", "incompetent", "pathetic", "garbage company", "garbage service",
            "useless garbage", "useless bunch", "useless company", "scumbags", "scam artists", "saftladen",
            "merde", "putain", "mierda", "porra", "kurwa", "ridicoli", "ridiculous"));

    private RudenessRules() {}

    static Optional<String> hit(PaddedText padded) {
        return RUDE.firstIn(padded).map(p -> RUDE.name() + " (\"" + p + "\")");
    }
}
