package org.frontline.channels.email;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.frontline.channels.internal.ChannelsProperties;
import org.frontline.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps one connection per mailbox and reads new mail as it arrives: with IDLE (RFC 2177) the server tells
 * us, and the IDLE is renewed every {@link #IDLE_PERIOD}; without it (or with {@code frontline.channels.mail.idle=false})
 * the folder is checked every {@code frontline.channels.mail.poll-every}. Either way the durable cursor decides what is new. A connection that fails is retried after a back-off that
 * doubles up to {@link #MAX_BACKOFF}, and its reason is in the mailbox's health. Every
 * {@code poll-every} the list of mailboxes is checked, so a mailbox added on another node is watched too.
 */
@Component
class MailboxWatcher implements SmartLifecycle {

    static final Duration IDLE_PERIOD = Duration.ofMinutes(9);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(MailboxWatcher.class);

    private final MailboxRepository mailboxes;
    private final MailboxPoller poller;
    private final ChannelsProperties.Mail settings;
    private final Map<UUID, MailboxWorker> workers = new ConcurrentHashMap<>();
    // Made anew on each start: a stopped context (a test context pause, a lifecycle restart) can start again.
    private volatile ScheduledExecutorService timers = newTimers();
    private volatile boolean running;

    MailboxWatcher(MailboxRepository mailboxes, MailboxPoller poller, ChannelsProperties properties) {
        this.mailboxes = mailboxes;
        this.poller = poller;
        this.settings = properties.mail();
    }

    @Override
    public void start() {
        if (timers.isShutdown()) {
            timers = newTimers();
        }
        running = true;
        if (settings.scheduledPolling()) {
            timers.scheduleWithFixedDelay(this::supervise, 0, settings.pollEvery().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        running = false;
        workers.keySet().forEach(this::stop);
        timers.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A mailbox was added: watch it now rather than at the next check. */
    void wake() {
        if (running && settings.scheduledPolling()) {
            timers.execute(this::supervise);
        }
    }

    /** Starts watching one mailbox, whether scheduled watching is on or not (tests start it this way). */
    void watch(WorkspaceId workspace, UUID id) {
        workers.computeIfAbsent(id, key -> {
            var worker = new MailboxWorker(workspace, id, mailboxes, poller, timers, settings.pollEvery(), settings.idle());
            Thread.ofVirtual().name("mailbox-" + id).start(() -> {
                try {
                    worker.run();
                } finally {
                    // Only this worker: after a stop and a new watch, the slot already belongs to its successor.
                    workers.remove(id, worker);
                }
            });
            return worker;
        });
    }

    void stop(UUID id) {
        var worker = workers.remove(id);
        if (worker != null) {
            worker.stop();
        }
    }

    /** How many IDLEs the mailbox's worker has started; 0 when it is not watched or its server has no IDLE. */
    int idles(UUID id) {
        var worker = workers.get(id);
        return worker == null ? 0 : worker.idles();
    }

    /** How many messages the mailbox's current worker has read since it started; 0 when it is not watched. */
    long messagesRead(UUID id) {
        var worker = workers.get(id);
        return worker == null ? 0 : worker.messagesRead();
    }

    /** How many times the mailbox's current worker has read the folder (each poll, or each wake-up from IDLE). */
    int reads(UUID id) {
        var worker = workers.get(id);
        return worker == null ? 0 : worker.reads();
    }

    boolean watching(UUID id) {
        return workers.containsKey(id);
    }

    private void supervise() {
        try {
            mailboxes.all().forEach(m -> watch(m.workspace(), m.id()));
        } catch (RuntimeException e) {
            log.warn("Could not list the mailboxes to watch", e);
        }
    }

    private static ScheduledExecutorService newTimers() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "mailbox-watcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Backoff after {@code failures} consecutive failures: the interval doubled each time, capped. */
    static Duration backoff(Duration interval, int failures) {
        var factor = 1L << Math.min(Math.max(failures - 1, 0), 16);
        var wait = interval.multipliedBy(factor);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
