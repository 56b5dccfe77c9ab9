package org.frontline.classify.internal;

import java.time.Instant;
import java.util.UUID;

/** Which retraining job made a workspace's models, and when: their identity for caches and pages. */
public record ModelVersion(UUID job, Instant trainedAt) {}
