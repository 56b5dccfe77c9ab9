package org.frontline.classify;

import org.frontline.classify.internal.Models;
import org.frontline.classify.internal.Pipeline;
import org.jspecify.annotations.Nullable;

/**
 * Computes a post's {@link Signals}: pure and in memory, no database, safe to call from many threads. Text is
 * untrusted and may be anything; very long posts are judged on their start.
 */
public final class Classifier {

    private final Pipeline pipeline;

    private Classifier(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The classifier with the shipped lexicons, language model and trained models. */
    public static Classifier shipped() {
        return new Classifier(Pipeline.with(Models.shipped()));
    }

    /** The shipped lexicons and language model with other trained models (a workspace's retrained ones). */
    public static Classifier with(Models models) {
        return new Classifier(Pipeline.with(models));
    }

    /**
     * @param declaredLanguage the language the channel declared, or null
     * @param followers the author's followers, or null when the channel does not tell
     * @param recentComplaints how many complaints the same author made shortly before, in this workspace
     */
    public Signals classify(String text, @Nullable String declaredLanguage, @Nullable Long followers, int recentComplaints) {
        return pipeline.classify(text, declaredLanguage, followers, recentComplaints);
    }
}
