package org.frontline.metrics.surveys;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The three questions a survey may ask, each with its scale and where "high" and "low" answers start (CSAT
 * satisfied 4–5, CES easy 6–7, NPS promoters 9–10 and detractors 0–6).
 */
public enum SurveyQuestion {
    CSAT("How satisfied are you with how we handled your request?", 1, 5, 4, 2, "Very unsatisfied", "Very satisfied"),
    CES("How easy was it to get your issue resolved?", 1, 7, 6, 3, "Very difficult", "Very easy"),
    NPS("How likely are you to recommend us to a friend or colleague?", 0, 10, 9, 6, "Not at all likely", "Extremely likely");

    private final String prompt;
    private final int min;
    private final int max;
    private final int highFrom;
    private final int lowUpTo;
    private final String minLabel;
    private final String maxLabel;

    SurveyQuestion(String prompt, int min, int max, int highFrom, int lowUpTo, String minLabel, String maxLabel) {
        this.prompt = prompt;
        this.min = min;
        this.max = max;
        this.highFrom = highFrom;
        this.lowUpTo = lowUpTo;
        this.minLabel = minLabel;
        this.maxLabel = maxLabel;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String prompt() {
        return prompt;
    }

    public String minLabel() {
        return minLabel;
    }

    public String maxLabel() {
        return maxLabel;
    }

    public int[] scale() {
        return IntStream.rangeClosed(min, max).toArray();
    }

    public boolean accepts(int score) {
        return score >= min && score <= max;
    }

    public boolean high(int score) {
        return score >= highFrom;
    }

    public boolean low(int score) {
        return score <= lowUpTo;
    }

    public String range() {
        return min + "–" + max;
    }

    public static Optional<SurveyQuestion> fromWireName(String value) {
        return Arrays.stream(values()).filter(q -> q.wireName().equals(value.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
