package org.frontline.ideas.internal;

import org.frontline.classify.Classifier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Flags rude submissions with the classify module's rudeness model (the same signal agents see on
 * mentions). The shipped models are loaded on first use, not at start.
 */
@Component
public class RudenessCheck {

    private volatile @Nullable Classifier classifier;

    public Rudeness of(String text) {
        var signal = classifier().classify(text, null, null, 0).rudeness();
        if (!signal.rude()) {
            return Rudeness.NONE;
        }
        var reason = signal.reason();
        return new Rudeness(true, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
    }

    private Classifier classifier() {
        var loaded = classifier;
        if (loaded == null) {
            synchronized (this) {
                loaded = classifier;
                if (loaded == null) {
                    loaded = Classifier.shipped();
                    classifier = loaded;
                }
            }
        }
        return loaded;
    }
}
