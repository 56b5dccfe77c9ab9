package org.frontline.channels.email;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One message as read from the mailbox, before it becomes a post. {@code messageId} and the thread ids keep
 * their angle brackets ({@code <id@host>}); {@code text} is plain text, capped.
 *
 * @param references the References header's ids, oldest first
 * @param attachments the names of parts that were not read
 */
record MailMessage(
        String messageId,
        String fromAddress,
        @Nullable String fromName,
        String subject,
        String text,
        @Nullable String inReplyTo,
        List<String> references,
        @Nullable Instant sentAt,
        List<String> attachments,
        boolean truncated) {

    /** The ids this message answers, the most direct first: In-Reply-To, then References from the newest. */
    List<String> threadCandidates() {
        var candidates = new java.util.ArrayList<String>();
        if (inReplyTo != null) {
            candidates.add(inReplyTo);
        }
        for (var i = references.size() - 1; i >= 0; i--) {
            if (!candidates.contains(references.get(i))) {
                candidates.add(references.get(i));
            }
        }
        return candidates;
    }
}
