package org.frontline.ingest.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.core.task.TaskDecorator;

/**
 * The tasks handed to the application's task executor and not finished yet: the asynchronous module listeners of
 * {@code PostIngested} and of everything it leads to. Ingest waits here while that backlog is at its limit, so a fast
 * producer (a backfill, a busy stream) is held back instead of piling events up in memory.
 *
 * <p>Nothing is dropped or delivered twice by waiting: a producer waits before it stores anything, and what it then
 * stores publishes its events through the event publication registry as always. A listener's own thread never
 * waits (the listeners are what drains the backlog), and once the application is closing nobody waits: events that
 * the closing executor no longer runs stay incomplete in the registry and are delivered again on the next start.
 */
public final class ListenerBacklog {

    private static final ThreadLocal<Boolean> LISTENER_THREAD = ThreadLocal.withInitial(() -> false);

    private final int limit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long pending;
    private long peak;
    private int waiting;
    private boolean closed;

    public ListenerBacklog(int limit) {
        if (limit < 1) throw new IllegalArgumentException("The listener backlog limit must be at least 1");
        this.limit = limit;
    }

    /**
     * For the application's task executor only. Deliberately not a {@code TaskDecorator} bean: Spring Boot would put
     * that on the task scheduler too, whose repeating tasks run many times for one hand-over.
     */
    public TaskDecorator decorator() {
        return this::decorate;
    }

    /** Counts the task from its hand-over (on the producer's thread) until it has run. */
    private Runnable decorate(Runnable task) {
        change(+1);
        return () -> {
            var outer = LISTENER_THREAD.get();
            LISTENER_THREAD.set(true);
            try {
                task.run();
            } finally {
                LISTENER_THREAD.set(outer);
                change(-1);
            }
        };
    }

    /**
     * Returns once the backlog is below its limit; at once on a listener's thread or when the application closes.
     * Interruption ends the wait early, with the interrupt flag kept for the caller.
     */
    public void awaitRoom() {
        awaitAtMost(limit - 1);
    }

    /** Returns once every task handed over has run (or at once on a listener's thread or when closing). */
    public void awaitDrained() {
        awaitAtMost(0);
    }

    /** Stops all waiting for good: the executor of a closing application runs no more queued tasks. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public int limit() {
        return limit;
    }

    /** Tasks handed over and not finished yet. */
    public long pending() {
        lock.lock();
        try {
            return pending;
        } finally {
            lock.unlock();
        }
    }

    /** The most tasks ever pending at once. */
    public long peak() {
        lock.lock();
        try {
            return peak;
        } finally {
            lock.unlock();
        }
    }

    /** Producers waiting for room right now. */
    public int waiting() {
        lock.lock();
        try {
            return waiting;
        } finally {
            lock.unlock();
        }
    }

    private void awaitAtMost(long most) {
        if (LISTENER_THREAD.get()) {
            return;
        }
        lock.lock();
        try {
            waiting++;
            while (pending > most && !closed) {
                // Signalled on every finished task; the timeout only bounds a wait across an executor's shutdown.
                changed.await(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting--;
            lock.unlock();
        }
    }

    private void change(int delta) {
        lock.lock();
        try {
            pending += delta;
            peak = Math.max(peak, pending);
            if (delta < 0) {
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }
}
