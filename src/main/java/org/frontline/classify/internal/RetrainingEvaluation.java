package org.frontline.classify.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.IntConsumer;
import org.frontline.classify.RetrainingJob.Figure;
import org.frontline.classify.internal.TrainingData.Labelled;

/**
 * The sets a retraining is measured on, before and after: the workspace's corrections (which the new model is
 * also trained on, so "after" is a training fit) and the repository's held-out sets. A held-out post that an
 * agent corrected is left out of the held-out sets, so that they stay unseen by the new model.
 */
final class RetrainingEvaluation {

    record LabelledSet(String name, boolean corrections, boolean rudeness, List<Labelled> posts) {}

    private final List<LabelledSet> sets;

    private RetrainingEvaluation(List<LabelledSet> sets) {
        this.sets = sets;
    }

    static RetrainingEvaluation of(WorkspaceCorrections.Learnable corrections) {
        var corrected = new HashSet<String>();
        corrections.intent().forEach(p -> corrected.add(p.text()));
        corrections.rudeness().forEach(p -> corrected.add(p.text()));
        var demo = DemoStreamLabels.load();
        var sets = new ArrayList<LabelledSet>();
        sets.add(new LabelledSet("Corrections, intent (also trained on)", true, false, corrections.intent()));
        sets.add(new LabelledSet("Corrections, rudeness (also trained on)", true, true, corrections.rudeness()));
        sets.add(heldOut("Own posts, held-out fifth, intent", false, corrected, TrainingData.ownPosts().stream()
                .filter(p -> TrainingData.heldOut(p.text())).map(p -> new Labelled(p.text(), p.intent())).toList()));
        sets.add(heldOut("BANKING77 test, complaint and question", false, corrected, TrainingData.banking77("test", Integer.MAX_VALUE)));
        sets.add(heldOut("Demo stream, intent", false, corrected, demo.stream().map(p -> new Labelled(p.text(), p.intent())).toList()));
        sets.add(heldOut("Davidson et al., held-out fifth, rudeness", true, corrected, TrainingData.davidson().stream()
                .filter(p -> TrainingData.heldOut(p.text())).toList()));
        sets.add(heldOut("Demo stream, rudeness", true, corrected,
                demo.stream().map(p -> new Labelled(p.text(), p.rude() ? "rude" : "polite")).toList()));
        return new RetrainingEvaluation(sets.stream().filter(s -> !s.posts().isEmpty()).toList());
    }

    private static LabelledSet heldOut(String name, boolean rudeness, HashSet<String> corrected, List<Labelled> posts) {
        return new LabelledSet(name, false, rudeness, posts.stream().filter(p -> !corrected.contains(p.text())).toList());
    }

    int size() {
        return sets.size();
    }

    /** Each set's confusion under {@code pipeline}; {@code progress} hears each finished set (1-based). */
    List<Confusion> measure(Pipeline pipeline, IntConsumer progress) {
        var evaluation = new Evaluation(pipeline);
        var results = new ArrayList<Confusion>();
        for (var set : sets) {
            results.add(set.rudeness() ? evaluation.rudenessConfusion(set.posts()) : evaluation.intentConfusion(set.posts()));
            progress.accept(results.size());
        }
        return results;
    }

    List<Figure> figures(List<Confusion> before, List<Confusion> after) {
        var figures = new ArrayList<Figure>();
        for (var i = 0; i < sets.size(); i++) {
            var set = sets.get(i);
            figures.add(new Figure(set.name(), set.corrections(), set.posts().size(), before.get(i).macroF1(), after.get(i).macroF1(),
                    before.get(i).accuracy(), after.get(i).accuracy()));
        }
        return figures;
    }
}
