package org.frontline.classify.internal;

import java.util.List;
import org.frontline.classify.internal.TrainingData.Labelled;
import org.springframework.stereotype.Component;

/** Trains new models from the repository's data plus a workspace's corrections, as {@link Training} does for the command line. */
@Component
class ModelRetraining {

    Models train(List<Labelled> intentCorrections, List<Labelled> rudenessCorrections, Training.Progress progress) {
        return Training.shipped().train(intentCorrections, rudenessCorrections, progress);
    }
}
