package org.frontline.channels.email;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a read message into a post: identity is the Message-ID, the author is the sender's address (and
 * name), the text is the subject and the body, with the names of attachments that were not read.
 */
final class MessagePosts {

    /** Below the post table's 65,536-character text column, with room for the notes added here. */
    static final int MAX_TEXT = 60_000;
    private static final Duration FUTURE_SKEW = Duration.ofMinutes(5);
    private static final int MAX_LISTED_ATTACHMENTS = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MessagePosts() {}

    /** @param inReplyTo the thread id the post answers, as chosen by the poller among the message's candidates */
    static NewPost map(UUID mailbox, long uid, MailMessage message, @Nullable String inReplyTo, Instant receivedAt) {
        var sent = message.sentAt();
        var createdAt = sent == null || sent.isAfter(receivedAt.plus(FUTURE_SKEW)) ? receivedAt : sent;
        return new NewPost(
                Channel.EMAIL,
                message.messageId(),
                null,
                new PostAuthor(message.fromAddress(), message.fromName(), null, null),
                text(message),
                null,
                createdAt,
                inReplyTo,
                raw(mailbox, uid, message));
    }

    static String text(MailMessage message) {
        var out = new StringBuilder(message.subject());
        if (!message.text().isBlank()) {
            out.append("\n\n").append(message.text());
        }
        var notes = new StringBuilder();
        if (message.truncated()) {
            notes.append("\n\n[The message was longer: the rest was not read.]");
        }
        if (!message.attachments().isEmpty()) {
            var names = message.attachments().stream().limit(MAX_LISTED_ATTACHMENTS).toList();
            var more = message.attachments().size() - names.size();
            notes.append("\n\n[Attachments, not read: ").append(String.join(", ", names)).append(more > 0 ? " and " + more + " more" : "").append(']');
        }
        var room = MAX_TEXT - notes.length();
        var body = out.length() > room ? out.substring(0, room) : out.toString();
        return body + notes;
    }

    private static String raw(UUID mailbox, long uid, MailMessage message) {
        var raw = new LinkedHashMap<String, @Nullable Object>();
        raw.put("mailbox", mailbox.toString());
        raw.put("uid", uid);
        raw.put("messageId", message.messageId());
        raw.put("from", message.fromAddress());
        raw.put("subject", message.subject());
        raw.put("inReplyTo", message.inReplyTo());
        raw.put("references", message.references());
        raw.put("date", message.sentAt() == null ? null : message.sentAt().toString());
        raw.put("attachments", message.attachments());
        raw.put("truncated", message.truncated());
        return JSON.writeValueAsString(raw);
    }
}
