package org.frontline.replies.web;

import java.time.Instant;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.replies.ReplyView;
import org.jspecify.annotations.Nullable;

/** A reply as the API shows it. */
record ReplyJson(
        UUID id, UUID caseId, String channel, String text, String state, String author, @Nullable String reviewedBy,
        @Nullable String rejectionReason, @Nullable String externalId, @Nullable String lastError, int attempts, Instant createdAt) {

    static ReplyJson of(CaseId caseId, ReplyView reply) {
        return new ReplyJson(reply.id(), caseId.value(), reply.channel(), reply.text(), reply.state().wireName(), reply.author(),
                reply.reviewedBy(), reply.rejectionReason(), reply.externalId(), reply.lastError(), reply.attempts(), reply.createdAt());
    }
}
