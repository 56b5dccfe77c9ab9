package org.frontline.classify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.frontline.classify.internal.TrainingData.Labelled;

/**
 * Measures a pipeline on labelled sets and writes Markdown: per-label precision, recall and F1 and the
 * confusion matrix for intent and rudeness, polarity agreement and correlation for sentiment, accuracy for
 * language. Sets come from {@link TrainingData} (held-out posts only), the demo stream, CSVs and corrections.
 */
public final class Evaluation {

    private static final List<String> POLARITIES = List.of("negative", "neutral", "positive");

    private final Pipeline pipeline;

    public Evaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Intent with the rules and, to show what the rules add, the model alone. */
    public String intent(String title, List<Labelled> posts) {
        var full = new Confusion(Training.INTENTS);
        var modelOnly = new Confusion(Training.INTENTS);
        for (var post : posts) {
            var tokens = pipeline.tokenizer.tokenize(post.text());
            var padded = PaddedText.of(tokens);
            var x = pipeline.hasher.features(tokens);
            full.add(post.label(), pipeline.intents.classify(tokens, x, padded, true).intent().wireName());
            modelOnly.add(post.label(), pipeline.intents.classify(tokens, x, padded, false).intent().wireName());
        }
        return "### Intent: " + title + "\n\nModel and rules: " + full.markdown()
                + String.format(Locale.ROOT, "%nModel alone: accuracy %.3f, macro-F1 %.3f%n", modelOnly.accuracy(), modelOnly.macroF1());
    }

    public Confusion intentConfusion(List<Labelled> posts) {
        var confusion = new Confusion(Training.INTENTS);
        for (var post : posts) {
            var tokens = pipeline.tokenizer.tokenize(post.text());
            var x = pipeline.hasher.features(tokens);
            confusion.add(post.label(), pipeline.intents.classify(tokens, x, PaddedText.of(tokens)).intent().wireName());
        }
        return confusion;
    }

    public Confusion rudenessConfusion(List<Labelled> posts) {
        var confusion = new Confusion(Training.RUDENESS_LABELS);
        for (var post : posts) {
            var tokens = pipeline.tokenizer.tokenize(post.text());
            var rude = pipeline.rudeness.classify(tokens, pipeline.hasher.features(tokens), PaddedText.of(tokens)).rude();
            confusion.add(post.label(), rude ? "rude" : "polite");
        }
        return confusion;
    }

    public String rudeness(String title, List<Labelled> posts) {
        return "### Rudeness: " + title + "\n\n" + rudenessConfusion(posts).markdown();
    }

    /** Labels are polarities; the score's sign (with a ±0.05 neutral band) is compared, and r is computed. */
    public String sentiment(String title, List<Labelled> posts) {
        var confusion = new Confusion(POLARITIES);
        var scores = new double[posts.size()];
        var gold = new double[posts.size()];
        for (var i = 0; i < posts.size(); i++) {
            var post = posts.get(i);
            var tokens = pipeline.tokenizer.tokenize(post.text());
            var language = pipeline.languages.detect(post.text(), null).code();
            var signal = pipeline.sentiment.score(tokens, language);
            scores[i] = signal.score();
            gold[i] = POLARITIES.indexOf(post.label()) - 1;
            confusion.add(post.label(), signal.polarity());
        }
        return "### Sentiment: " + title + "\n\n"
                + String.format(Locale.ROOT, "Pearson r between score and polarity label: %.3f%n%n", pearson(scores, gold))
                + confusion.markdown();
    }

    /** Detection alone (no declared language), overall and by length, with the mistakes listed. */
    public String language(String title, List<Labelled> posts) {
        var right = 0;
        var byLength = new TreeMap<String, int[]>();
        var languages = new TreeMap<String, int[]>();
        var mistakes = new ArrayList<String>();
        for (var post : posts) {
            var detected = pipeline.languages.detect(post.text(), null).code();
            var ok = detected.equals(post.label());
            right += ok ? 1 : 0;
            tally(byLength, lengthBucket(post.text()), ok);
            tally(languages, post.label(), ok);
            if (!ok) {
                mistakes.add(post.label() + "→" + detected);
            }
        }
        var out = new StringBuilder("### Language: " + title + "\n\n");
        out.append(String.format(Locale.ROOT, "n = %d posts in %d languages, accuracy %.3f%n%n", posts.size(), languages.size(),
                posts.isEmpty() ? 0 : right / (double) posts.size()));
        byLength.forEach((bucket, c) -> out.append(String.format(Locale.ROOT, "- %s: %d/%d%n", bucket, c[0], c[1])));
        out.append("\nMistakes (actual→detected): ").append(mistakes.isEmpty() ? "none" : String.join(", ", mistakes)).append('\n');
        return out.toString();
    }

    private static void tally(Map<String, int[]> counts, String key, boolean ok) {
        var c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += ok ? 1 : 0;
        c[1]++;
    }

    private static String lengthBucket(String text) {
        var n = text.codePointCount(0, text.length());
        return n <= 20 ? "up to 20 characters" : n <= 40 ? "21 to 40 characters" : n <= 80 ? "41 to 80 characters" : "over 80 characters";
    }

    static double pearson(double[] x, double[] y) {
        var n = x.length;
        if (n < 2) {
            return 0;
        }
        double mx = 0, my = 0;
        for (var i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
