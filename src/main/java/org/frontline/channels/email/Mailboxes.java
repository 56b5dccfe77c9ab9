package org.frontline.channels.email;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.frontline.channels.internal.SecretBox;
import org.frontline.channels.internal.SourceHealth;
import org.frontline.channels.internal.SourceKind;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * Connects and disconnects a workspace's mailboxes. The password is sealed before it is stored and is never
 * read back by anything but the IMAP and SMTP connections.
 */
@Component
public class Mailboxes {

    private final MailboxRepository mailboxes;
    private final MailSessions sessions;
    private final SecretBox secrets;
    private final SourceHealth health;
    private final MailboxWatcher watcher;
    private final Clock clock;

    Mailboxes(MailboxRepository mailboxes, MailSessions sessions, SecretBox secrets, SourceHealth health, MailboxWatcher watcher, Clock clock) {
        this.mailboxes = mailboxes;
        this.sessions = sessions;
        this.secrets = secrets;
        this.health = health;
        this.watcher = watcher;
        this.clock = clock;
    }

    /**
     * Stores a mailbox; it is read by the watcher (or by {@link MailboxPoller#pollNow}).
     *
     * @throws SourceRefused when a host is blocked or does not resolve, or the folder is already connected
     */
    public UUID add(WorkspaceId workspace, MailboxSettings settings) {
        sessions.checkHost(settings.imapHost());
        sessions.checkHost(settings.smtpHost());
        if (mailboxes.exists(workspace, settings.imapHost(), settings.username(), settings.folder())) {
            throw new SourceRefused("This workspace already reads " + settings.folder() + " of " + settings.username() + " on " + settings.imapHost());
        }
        var mailbox = new Mailbox(UUID.randomUUID(), workspace, settings.address(), settings.imapHost(), settings.imapPort(), settings.tls(),
                settings.username(), settings.folder(), settings.smtpHost(), settings.smtpPort(), null, 0, null, null, 0);
        mailboxes.insert(mailbox, secrets.seal(settings.password(), mailbox.secretContext()), clock.instant());
        watcher.wake();
        return mailbox.id();
    }

    public List<MailboxStatus> list(WorkspaceId workspace) {
        return mailboxes.list(workspace).stream()
                .map(m -> new MailboxStatus(m.id(), m.address(), m.imapHost() + ":" + m.imapPort(), m.folder(), m.smtpHost() + ":" + m.smtpPort(),
                        m.tls(), m.idle(), watcher.watching(m.id()), m.lastMessageAt(), m.malformed(),
                        health.of(workspace, SourceKind.EMAIL, m.id())))
                .toList();
    }

    public boolean remove(WorkspaceId workspace, UUID id) {
        var removed = mailboxes.delete(workspace, id);
        if (removed) {
            watcher.stop(id);
        }
        return removed;
    }
}
