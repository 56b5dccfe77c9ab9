package org.frontline.channels.email;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/** The loop that watches one mailbox on its own (virtual) thread until stopped or the mailbox is removed. */
final class MailboxWorker implements Runnable {

    private final WorkspaceId workspace;
    private final UUID id;
    private final MailboxRepository mailboxes;
    private final MailboxPoller poller;
    private final ScheduledExecutorService timers;
    private final Duration pollEvery;
    private final boolean useIdle;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicInteger idles = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong messagesRead = new AtomicLong();
    private volatile @Nullable MailConnection connection;

    MailboxWorker(WorkspaceId workspace, UUID id, MailboxRepository mailboxes, MailboxPoller poller, ScheduledExecutorService timers,
            Duration pollEvery, boolean useIdle) {
        this.workspace = workspace;
        this.id = id;
        this.mailboxes = mailboxes;
        this.poller = poller;
        this.timers = timers;
        this.pollEvery = pollEvery;
        this.useIdle = useIdle;
    }

    @Override
    public void run() {
        var failures = 0;
        while (!isStopped()) {
            var mailbox = mailboxes.find(workspace, id).orElse(null);
            if (mailbox == null) {
                return;
            }
            failures = watchOnce(mailbox) ? 0 : failures + 1;
            if (failures > 0) {
                pause(MailboxWatcher.backoff(pollEvery, failures));
            }
        }
    }

    /** One connection's life: read, then wait for more, until it fails or the worker stops. False on failure. */
    private boolean watchOnce(Mailbox mailbox) {
        try (var open = poller.connect(mailbox, MailboxWatcher.IDLE_PERIOD.plusMinutes(1))) {
            connection = open;
            var idle = useIdle && open.supportsIdle();
            mailboxes.recordIdle(workspace, id, idle);
            while (!isStopped()) {
                var outcome = poller.readNew(mailbox, open.folder());
                if (!outcome.ok()) {
                    stop();
                    return true;
                }
                reads.incrementAndGet();
                messagesRead.addAndGet(outcome.messages());
                if (idle) {
                    idleOnce(open.folder());
                } else {
                    pause(pollEvery);
                }
            }
            return true;
        } catch (Exception e) {
            if (!isStopped()) {
                poller.failed(mailbox, e);
            }
            return false;
        } finally {
            connection = null;
        }
    }

    /** Waits in IDLE until the server reports a change; a NOOP ends it after the IDLE period (RFC 2177 §3). */
    private void idleOnce(IMAPFolder folder) throws jakarta.mail.MessagingException {
        var renew = timers.schedule(() -> noop(folder), MailboxWatcher.IDLE_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        try {
            idles.incrementAndGet();
            folder.idle(true);
        } finally {
            renew.cancel(false);
        }
    }

    private static void noop(IMAPFolder folder) {
        try {
            folder.doCommand(protocol -> {
                protocol.simpleCommand("NOOP", null);
                return null;
            });
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            // The watching loop sees the broken connection on its next command and reconnects.
        }
    }

    private void pause(Duration duration) {
        try {
            stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
    }

    /** How many times this worker has started an IDLE: lets a caller know the connection is waiting for mail. */
    int idles() {
        return idles.get();
    }

    int reads() {
        return reads.get();
    }

    long messagesRead() {
        return messagesRead.get();
    }

    private boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /** Ends the loop; closing the connection also ends an IDLE in progress. */
    void stop() {
        stopped.countDown();
        var open = connection;
        if (open != null) {
            open.close();
        }
    }
}
