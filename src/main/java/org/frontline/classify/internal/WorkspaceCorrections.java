package org.frontline.classify.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.frontline.classify.CorrectableSignal;
import org.frontline.classify.SignalCorrection;
import org.frontline.classify.internal.TrainingData.Labelled;
import org.frontline.ingest.PostId;
import org.frontline.ingest.Posts;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * A workspace's corrections of the learned signals as labelled texts: the latest correction of each post, with
 * the post's current text. Posts whose text is gone (deleted at the source, erased) are left out.
 */
@Component
class WorkspaceCorrections {

    /** Intent and rudeness corrections, the two signals the models learn. */
    record Learnable(List<Labelled> intent, List<Labelled> rudeness) {
        boolean isEmpty() {
            return intent.isEmpty() && rudeness.isEmpty();
        }
    }

    private final CorrectionRepository corrections;
    private final Posts posts;

    WorkspaceCorrections(CorrectionRepository corrections, Posts posts) {
        this.corrections = corrections;
        this.posts = posts;
    }

    Learnable of(WorkspaceId workspace) {
        var all = corrections.all(workspace);
        return new Learnable(labelled(workspace, all, CorrectableSignal.INTENT), labelled(workspace, all, CorrectableSignal.RUDENESS));
    }

    private List<Labelled> labelled(WorkspaceId workspace, List<SignalCorrection> all, CorrectableSignal signal) {
        var latest = new LinkedHashMap<PostId, String>();
        all.stream().filter(c -> c.signal() == signal).forEach(c -> latest.put(c.post(), c.correctedValue()));
        var texts = posts.findAll(workspace, latest.keySet());
        var labelled = new ArrayList<Labelled>();
        latest.forEach((post, label) -> {
            var view = texts.get(post);
            if (view != null && !view.text().isBlank()) {
                labelled.add(new Labelled(view.text(), label));
            }
        });
        return labelled;
    }
}
