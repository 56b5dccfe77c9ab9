package org.frontline.classify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/**
 * One run of retraining a workspace's intent and rudeness models from its agents' corrections: where it is
 * ({@code step}, {@code percent}) and, once done, the figures before and after. A failed job says why in
 * {@code message} and left the model in use unchanged.
 */
public record RetrainingJob(
        UUID id,
        WorkspaceId workspace,
        Status status,
        String step,
        int percent,
        String startedBy,
        int intentCorrections,
        int rudenessCorrections,
        @Nullable String message,
        Instant startedAt,
        @Nullable Instant finishedAt,
        List<Figure> figures) {

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    /**
     * Macro-F1 and accuracy of one evaluation set, with the model in use before the job and with the new one.
     * {@code corrections} marks the workspace's own corrections, which the new model was also trained on.
     */
    public record Figure(String set, boolean corrections, int posts, double macroF1Before, double macroF1After,
            double accuracyBefore, double accuracyAfter) {}

    public RetrainingJob {
        figures = List.copyOf(figures);
    }

    public boolean finished() {
        return status != Status.RUNNING;
    }
}
