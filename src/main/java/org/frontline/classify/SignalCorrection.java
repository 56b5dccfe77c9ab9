package org.frontline.classify;

import java.time.Instant;
import org.frontline.ingest.PostId;

/** An agent's correction of one signal of one mention: what the classifier said, and what it should be. */
public record SignalCorrection(
        PostId post, CorrectableSignal signal, String previousValue, String correctedValue, String correctedBy, Instant correctedAt) {}
