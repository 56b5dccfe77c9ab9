package org.frontline.channels.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.frontline.channels.internal.SecretBox;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.ingest.Channel;
import org.frontline.ingest.PostView;
import org.frontline.replies.OutgoingReply;
import org.frontline.replies.ReplyOutcome;
import org.frontline.replies.ReplySender;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * Answers an e-mail case over SMTP, from the mailbox that received the customer's message, on its thread:
 * In-Reply-To names the customer's Message-ID, References carries their References and that id, the subject
 * is "Re: " and theirs, and the Message-ID is our own, derived from the reply so every attempt has the same.
 */
@Component
class MailReplySender implements ReplySender {

    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^re\\s*:.*");
    private static final int MAX_REFERENCES = 20;

    private final MailboxRepository mailboxes;
    private final MailSessions sessions;
    private final SecretBox secrets;
    private final Clock clock;

    MailReplySender(MailboxRepository mailboxes, MailSessions sessions, SecretBox secrets, Clock clock) {
        this.mailboxes = mailboxes;
        this.sessions = sessions;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    /** SMTP has no idempotency key, and a sent message cannot be read back from the customer's mailbox. */
    @Override
    public boolean idempotent() {
        return false;
    }

    /** Only messages that came in through one of the workspace's mailboxes can be answered from it. */
    @Override
    public boolean canAnswer(WorkspaceId workspace, PostView post) {
        return mailboxes.message(workspace, post.externalId()).isPresent();
    }

    @Override
    public Optional<ReplyOutcome.Sent> findDelivered(OutgoingReply reply) {
        return Optional.empty();
    }

    @Override
    public ReplyOutcome send(OutgoingReply reply) {
        var workspace = reply.workspace();
        var customerId = reply.inReplyTo().externalId();
        var original = mailboxes.message(workspace, customerId).orElse(null);
        if (original == null) {
            return new ReplyOutcome.Failed("The message answered did not come in through a mailbox of this workspace", false, null);
        }
        var mailbox = mailboxes.find(workspace, original.mailbox()).orElse(null);
        if (mailbox == null) {
            return new ReplyOutcome.Failed("The mailbox that received the message was removed", false, null);
        }
        try {
            sessions.checkHost(mailbox.smtpHost());
            var session = sessions.smtp(mailbox);
            var ownId = "<" + reply.idempotencyKey() + "@" + domainOf(mailbox.address()) + ">";
            var message = compose(session, ownId, mailbox, original, customerId, reply.text());
            return deliver(session, mailbox, message, ownId);
        } catch (SourceRefused e) {
            return new ReplyOutcome.Failed(e.getMessage(), false, null);
        } catch (MessagingException e) {
            return new ReplyOutcome.Failed("The reply could not be written: " + MailboxPoller.describe(e), false, null);
        }
    }

    private MimeMessage compose(Session session, String ownId, Mailbox mailbox, MailboxRepository.StoredMessage original, String customerId,
            String text) throws MessagingException {
        var message = new ThreadedMessage(session, ownId);
        message.setFrom(new InternetAddress(mailbox.address()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(original.fromAddress()));
        message.setSubject(subject(original.subject()), "UTF-8");
        message.setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(java.time.ZoneOffset.UTC)));
        message.setHeader("In-Reply-To", customerId);
        message.setHeader("References", references(original.references(), customerId));
        message.setText(text, "UTF-8");
        message.saveChanges();
        return message;
    }

    private ReplyOutcome deliver(Session session, Mailbox mailbox, MimeMessage message, String ownId) throws MessagingException {
        var password = secrets.open(mailboxes.sealedPassword(mailbox.workspace(), mailbox.id()), mailbox.secretContext());
        try (var transport = session.getTransport()) {
            try {
                transport.connect(mailbox.smtpHost(), mailbox.smtpPort(), mailbox.username(), password);
            } catch (AuthenticationFailedException e) {
                return new ReplyOutcome.Failed(MailboxPoller.describe(e), false, null);
            } catch (MessagingException e) {
                // Nothing was handed over yet: trying again later is safe.
                return new ReplyOutcome.Failed(MailboxPoller.describe(e), true, null);
            }
            try {
                transport.sendMessage(message, message.getAllRecipients());
                return new ReplyOutcome.Sent(ownId, null);
            } catch (SMTPSendFailedException e) {
                var transient4xx = e.getReturnCode() >= 400 && e.getReturnCode() < 500;
                return new ReplyOutcome.Failed("The mail server refused the reply: " + MailboxPoller.describe(e), transient4xx, null);
            } catch (SendFailedException e) {
                return new ReplyOutcome.Failed("The mail server refused the recipient: " + MailboxPoller.describe(e), false, null);
            } catch (MessagingException e) {
                // The connection broke while the message was being handed over: it may have been accepted.
                return new ReplyOutcome.Unknown(MailboxPoller.describe(e));
            }
        }
    }

    static String subject(String original) {
        return REPLY_PREFIX.matcher(original).matches() ? original : "Re: " + original;
    }

    /** RFC 5322 §3.6.4: the parent's References (or nothing), then the parent's own id; the oldest trimmed first. */
    static String references(@org.jspecify.annotations.Nullable String parentReferences, String parentId) {
        var ids = new java.util.ArrayList<>(MessageReader.ids(parentReferences));
        ids.remove(parentId);
        ids.add(parentId);
        var kept = ids.size() > MAX_REFERENCES ? ids.subList(ids.size() - MAX_REFERENCES, ids.size()) : ids;
        return String.join(" ", kept);
    }

    private static String domainOf(String address) {
        var at = address.lastIndexOf('@');
        return at < 0 ? "frontline.invalid" : address.substring(at + 1);
    }

    /** A message whose Message-ID is ours to choose: Jakarta Mail would otherwise make one up on every save. */
    private static final class ThreadedMessage extends MimeMessage {
        private final String id;

        ThreadedMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
