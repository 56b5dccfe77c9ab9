package org.frontline.metrics.alerts;

import java.time.Instant;
import java.util.UUID;

/**
 * A spike or crisis of one tracking query in one hour, as the app lists it. {@code continues} marks an hour that
 * extends an alert already sent for the hour before (listed, not sent again).
 */
public record Alert(
        UUID id, UUID query, String kind, Instant hour, long observed, double usual, long negative, double usualNegativeShare,
        String summary, boolean continues, Instant raisedAt) {}
