package org.frontline.channels.email;

import jakarta.mail.FetchProfile;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.frontline.channels.internal.SecretBox;
import org.frontline.channels.internal.SourceHealth;
import org.frontline.channels.internal.SourceKind;
import org.frontline.ingest.Channel;
import org.frontline.ingest.IngestedPost;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostIngestion;
import org.frontline.ingest.Posts;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the messages a mailbox received since its cursor and hands them to ingest. The cursor moves only
 * after the posts are stored, so a crash re-reads at most one batch, and ingest drops what it already has
 * (same Message-ID): a restart neither skips nor repeats a message. A new UIDVALIDITY reads the folder again.
 * A message that cannot be read is counted and reported in the mailbox's health, and the cursor moves past it.
 */
@Component
public class MailboxPoller {

    /** What one poll did, for the page and for tests. */
    public record PollOutcome(boolean ok, int messages, int created, int malformed, String message) {}

    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final MailboxRepository mailboxes;
    private final MailSessions sessions;
    private final SecretBox secrets;
    private final PostIngestion ingestion;
    private final Posts posts;
    private final SourceHealth health;
    private final Clock clock;

    MailboxPoller(MailboxRepository mailboxes, MailSessions sessions, SecretBox secrets, PostIngestion ingestion, Posts posts,
            SourceHealth health, Clock clock) {
        this.mailboxes = mailboxes;
        this.sessions = sessions;
        this.secrets = secrets;
        this.ingestion = ingestion;
        this.posts = posts;
        this.health = health;
        this.clock = clock;
    }

    /** Connects, reads what is new, disconnects. */
    public PollOutcome pollNow(WorkspaceId workspace, UUID id) {
        var mailbox = mailboxes.find(workspace, id).orElseThrow(() -> new IllegalArgumentException("No such mailbox"));
        try (var connection = connect(mailbox, MailSessions.READ_TIMEOUT)) {
            return readNew(mailbox, connection.folder());
        } catch (MessagingException | RuntimeException e) {
            return failed(mailbox, e);
        }
    }

    MailConnection connect(Mailbox mailbox, java.time.Duration readTimeout) throws MessagingException {
        sessions.checkHost(mailbox.imapHost());
        var password = secrets.open(mailboxes.sealedPassword(mailbox.workspace(), mailbox.id()), mailbox.secretContext());
        return MailConnection.open(sessions.imap(mailbox, readTimeout), mailbox, password);
    }

    /** Reads every message above the cursor on an open folder, in batches, and records the mailbox's health. */
    PollOutcome readNew(Mailbox mailbox, IMAPFolder folder) throws MessagingException {
        var workspace = mailbox.workspace();
        var validity = folder.getUIDValidity();
        var current = mailboxes.find(workspace, mailbox.id()).orElse(null);
        if (current == null) {
            return new PollOutcome(false, 0, 0, 0, "The mailbox was removed");
        }
        var last = current.lastUid();
        if (current.uidValidity() == null || current.uidValidity() != validity) {
            mailboxes.resetCursor(workspace, mailbox.id(), validity);
            last = 0;
        }
        var round = new Round();
        for (var batch = next(folder, last); batch.length > 0; batch = next(folder, last)) {
            last = ingestBatch(mailbox, folder, validity, batch, round);
        }
        health.success(workspace, SourceKind.EMAIL, mailbox.id(), round.created);
        if (round.malformed > 0) {
            health.failure(workspace, SourceKind.EMAIL, mailbox.id(), round.malformed + " message(s) could not be read; the last: " + round.lastProblem);
        }
        return new PollOutcome(true, round.messages, round.created, round.malformed,
                round.messages + " messages, " + round.created + " new" + (round.malformed > 0 ? ", " + round.malformed + " unreadable" : ""));
    }

    /** Counts of one poll. */
    private static final class Round {
        int messages;
        int created;
        int malformed;
        String lastProblem = "";
    }

    private static Message[] next(IMAPFolder folder, long last) throws MessagingException {
        // "last+1:*" always includes the highest message, even when its UID is not above last (RFC 3501 §6.4.8).
        var found = folder.getMessagesByUID(last + 1, UIDFolder.MAXUID);
        var newer = new ArrayList<Message>();
        for (var message : found) {
            if (message != null && folder.getUID(message) > last) {
                newer.add(message);
            }
        }
        newer.sort(Comparator.comparingLong(m -> uid(folder, m)));
        return newer.stream().limit(BATCH).toArray(Message[]::new);
    }

    private long ingestBatch(Mailbox mailbox, IMAPFolder folder, long validity, Message[] batch, Round round) throws MessagingException {
        var profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.CONTENT_INFO);
        profile.add(UIDFolder.FetchProfileItem.UID);
        Arrays.asList("Message-ID", "In-Reply-To", "References", "Date", "From").forEach(profile::add);
        folder.fetch(batch, profile);
        var read = new ArrayList<MailMessage>();
        var newPosts = new ArrayList<NewPost>();
        var inBatch = new HashSet<String>();
        var receivedAt = clock.instant();
        var highest = 0L;
        for (var message : batch) {
            var uid = folder.getUID(message);
            highest = Math.max(highest, uid);
            var parsed = readOne(mailbox, validity, uid, message, round);
            if (parsed != null) {
                read.add(parsed);
                newPosts.add(MessagePosts.map(mailbox.id(), uid, parsed, thread(mailbox.workspace(), parsed, inBatch), receivedAt));
                inBatch.add(parsed.messageId());
            }
        }
        var stored = newPosts.isEmpty() ? List.<IngestedPost>of() : ingestion.ingest(mailbox.workspace(), newPosts);
        read.forEach(m -> mailboxes.rememberMessage(mailbox.workspace(), mailbox.id(), m));
        var created = (int) stored.stream().filter(IngestedPost::created).count();
        round.messages += batch.length;
        round.created += created;
        mailboxes.advance(mailbox.workspace(), mailbox.id(), validity, highest, batch.length - read.size(), created > 0 ? receivedAt : null);
        return highest;
    }

    private @Nullable MailMessage readOne(Mailbox mailbox, long validity, long uid, Message message, Round round) throws MessagingException {
        try {
            return MessageReader.read(message, "<uid-" + validity + "-" + uid + "." + mailbox.id() + "@frontline.invalid>");
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException | IOException | RuntimeException e) {
            if (!folderOf(message).isOpen()) {
                // The connection broke: not this message's fault, and the cursor must not move past it.
                throw new FolderClosedException(folderOf(message), "The connection closed while reading UID " + uid);
            }
            round.malformed++;
            round.lastProblem = "UID " + uid + ": " + describe(e);
            log.info("Mailbox {}: message UID {} could not be read: {}", mailbox.id(), uid, describe(e));
            return null;
        }
    }

    /** The id this message answers: the first of its thread ids that is a stored post, else In-Reply-To as given. */
    private @Nullable String thread(WorkspaceId workspace, MailMessage message, Set<String> inBatch) {
        for (var candidate : message.threadCandidates()) {
            if (inBatch.contains(candidate) || posts.findByExternalId(workspace, Channel.EMAIL, candidate).isPresent()) {
                return candidate;
            }
        }
        return message.inReplyTo();
    }

    PollOutcome failed(Mailbox mailbox, Exception e) {
        var reason = describe(e);
        health.failure(mailbox.workspace(), SourceKind.EMAIL, mailbox.id(), reason);
        log.info("Mailbox {} failed: {}", mailbox.id(), reason);
        return new PollOutcome(false, 0, 0, 0, reason);
    }

    /** A reason for people: the server's own words when it gave some, never a stack trace or a password. */
    static String describe(Exception e) {
        var message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        var prefix = switch (e) {
            case jakarta.mail.AuthenticationFailedException a -> "The server refused the user name or password: ";
            case jakarta.mail.MessagingException m when m.getCause() instanceof java.net.ConnectException -> "Could not connect: ";
            case jakarta.mail.MessagingException m when m.getCause() instanceof java.net.SocketTimeoutException -> "The server did not answer in time: ";
            default -> "";
        };
        var reason = prefix + message.replaceAll("\\s+", " ");
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    private static jakarta.mail.Folder folderOf(Message message) {
        return message.getFolder();
    }

    private static long uid(IMAPFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException e) {
            return Long.MAX_VALUE;
        }
    }
}
