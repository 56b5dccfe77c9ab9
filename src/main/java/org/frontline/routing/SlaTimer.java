package org.frontline.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One SLA target running on a business calendar. It stores what it has consumed and since when it runs, so
 * that it can be saved and reloaded: a restart neither loses nor restarts a timer. Paused (pending on the
 * customer) it consumes nothing.
 */
public record SlaTimer(Duration target, Duration consumed, @Nullable Instant runningSince) {

    public SlaTimer {
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("An SLA target must be positive");
        }
        if (consumed.isNegative()) {
            throw new IllegalArgumentException("Consumed time cannot be negative");
        }
    }

    public static SlaTimer start(Duration target, Instant now) {
        return new SlaTimer(target, Duration.ZERO, now);
    }

    public boolean running() {
        return runningSince != null;
    }

    /** Stops the clock, keeping the working time consumed so far. Idempotent. */
    public SlaTimer pause(Instant now, BusinessHours hours) {
        if (runningSince == null) {
            return this;
        }
        return new SlaTimer(target, consumed.plus(hours.workingTimeBetween(runningSince, now)), null);
    }

    /** Starts the clock again. Idempotent. */
    public SlaTimer resume(Instant now) {
        return runningSince == null ? new SlaTimer(target, consumed, now) : this;
    }

    /** When the target is missed if nothing happens; empty while paused. */
    public Optional<Instant> dueAt(BusinessHours hours) {
        return at(1.0, hours);
    }

    /** When {@code fraction} of the target is used up (0.75 marks a case at risk); empty while paused. */
    public Optional<Instant> at(double fraction, BusinessHours hours) {
        if (runningSince == null) {
            return Optional.empty();
        }
        var goal = Duration.ofMillis(Math.round(target.toMillis() * fraction));
        var left = goal.minus(consumed);
        return Optional.of(left.isNegative() || left.isZero() ? runningSince : hours.addWorkingTime(runningSince, left));
    }

    /** The share of the target used up at {@code now}, e.g. 0.5 halfway; above 1 once breached. */
    public double usedShare(Instant now, BusinessHours hours) {
        var used = runningSince == null ? consumed : consumed.plus(hours.workingTimeBetween(runningSince, now));
        return (double) used.toMillis() / target.toMillis();
    }
}
