package org.frontline.classify.internal;

import java.util.Map;
import java.util.Set;

/**
 * The grammar words a language needs for sentiment: negators flip, boosters and dampeners scale, contrast
 * words ("but") move the weight to the clause after them. Adding a language means adding its rules and a
 * word lexicon.
 */
public record SentimentRules(Set<String> negators, Map<String, Double> boosters, Set<String> contrasts) {

    /** Scales applied by the rules; the values are VADER's published constants (Hutto and Gilbert, 2014). */
    static final double NEGATION = -0.74;
    static final double CAPS = 0.733;
    static final double BEFORE_CONTRAST = 0.5;
    static final double AFTER_CONTRAST = 1.5;
    static final double EXCLAMATION = 0.292;
    static final double QUESTION = 0.18;

    private static final double UP = 0.293;
    private static final double DOWN = -0.293;

    public static final SentimentRules ENGLISH = new SentimentRules(
            Set.of("not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot",
                    "can't", "cant", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt",
                    "aren't", "arent", "wasn't", "wasnt", "weren't", "won't", "wont", "wouldn't", "shouldn't",
                    "couldn't", "hasn't", "haven't", "hadn't", "ain't", "without", "hardly", "barely"),
            Map.ofEntries(
                    Map.entry("very", UP), Map.entry("really", UP), Map.entry("so", UP), Map.entry("extremely", UP),
                    Map.entry("absolutely", UP), Map.entry("totally", UP), Map.entry("completely", UP),
                    Map.entry("utterly", UP), Map.entry("incredibly", UP), Map.entry("super", UP),
                    Map.entry("truly", UP), Map.entry("highly", UP), Map.entry("most", UP), Map.entry("too", UP),
                    Map.entry("such", UP), Map.entry("quite", UP), Map.entry("seriously", UP),
                    Map.entry("literally", UP), Map.entry("fucking", UP), Map.entry("damn", UP),
                    Map.entry("slightly", DOWN), Map.entry("somewhat", DOWN), Map.entry("kinda", DOWN),
                    Map.entry("sort", DOWN), Map.entry("kind", DOWN), Map.entry("little", DOWN),
                    Map.entry("marginally", DOWN), Map.entry("occasionally", DOWN), Map.entry("partly", DOWN),
                    Map.entry("almost", DOWN), Map.entry("fairly", DOWN), Map.entry("a bit", DOWN)),
            Set.of("but", "however", "although", "though", "yet"));
}
