package org.frontline.classify.internal;

import java.util.List;
import java.util.Locale;

/** A confusion matrix over fixed labels, with per-label precision, recall and F1, printed as Markdown. */
public final class Confusion {

    private final List<String> labels;
    private final int[][] counts;
    private int total;

    public Confusion(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.counts = new int[labels.size()][labels.size()];
    }

    /** Labels outside the matrix are ignored: a CSV may carry labels the classifier cannot produce. */
    public void add(String actual, String predicted) {
        var a = labels.indexOf(actual);
        var p = labels.indexOf(predicted);
        if (a >= 0 && p >= 0) {
            counts[a][p]++;
            total++;
        }
    }

    public int total() {
        return total;
    }

    public double accuracy() {
        var right = 0;
        for (var c = 0; c < labels.size(); c++) {
            right += counts[c][c];
        }
        return total == 0 ? 0 : right / (double) total;
    }

    public double precision(int c) {
        var predicted = 0;
        for (var a = 0; a < labels.size(); a++) {
            predicted += counts[a][c];
        }
        return predicted == 0 ? 0 : counts[c][c] / (double) predicted;
    }

    public double recall(int c) {
        var actual = support(c);
        return actual == 0 ? 0 : counts[c][c] / (double) actual;
    }

    public double f1(int c) {
        var p = precision(c);
        var r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int support(int c) {
        var actual = 0;
        for (var p = 0; p < labels.size(); p++) {
            actual += counts[c][p];
        }
        return actual;
    }

    /** Mean F1 over the labels that occur in the data. */
    public double macroF1() {
        var sum = 0.0;
        var present = 0;
        for (var c = 0; c < labels.size(); c++) {
            if (support(c) > 0) {
                sum += f1(c);
                present++;
            }
        }
        return present == 0 ? 0 : sum / present;
    }

    public String markdown() {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "n = %d, accuracy %.3f, macro-F1 %.3f%n%n", total, accuracy(), macroF1()));
        out.append("| label | precision | recall | F1 | support |\n| --- | ---: | ---: | ---: | ---: |\n");
        for (var c = 0; c < labels.size(); c++) {
            if (support(c) > 0 || precision(c) > 0) {
                out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", labels.get(c), precision(c), recall(c), f1(c), support(c)));
            }
        }
        out.append("\nConfusion (rows: actual, columns: predicted)\n\n| |");
        labels.forEach(l -> out.append(' ').append(l).append(" |"));
        out.append("\n| --- |").append(" ---: |".repeat(labels.size())).append('\n');
        for (var a = 0; a < labels.size(); a++) {
            out.append("| ").append(labels.get(a)).append(" |");
            for (var p = 0; p < labels.size(); p++) {
                out.append(' ').append(counts[a][p]).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
