package org.frontline.metrics.customers;

import static org.frontline.metrics.internal.RollupWriter.utc;

import java.util.regex.Pattern;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseOpened;
import org.frontline.cases.CaseOverviews;
import org.frontline.cases.CustomerWroteAgain;
import org.frontline.classify.Intent;
import org.frontline.classify.MentionSignals;
import org.frontline.ingest.PostId;
import org.frontline.ingest.Posts;
import org.frontline.metrics.internal.RollupWriter;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Remembers what each contact said, once per post, for the attrition signals: the sentiment, whether it was a
 * complaint and the churn cue classification found ("cancel", "switching to" …). Fed by the posts that open or
 * join a case, since those are the ones tied to a contact.
 */
@Component
class ContactPostRecorder {

    // UrgencyRules writes each cue as name ("phrase"); the churn cue is the one named churn.
    private static final Pattern CHURN_CUE = Pattern.compile("churn \\(\"([^\"]{1,150})\"\\)");

    private final CaseOverviews cases;
    private final Posts posts;
    private final MentionSignals signals;
    private final RollupWriter writer;

    ContactPostRecorder(CaseOverviews cases, Posts posts, MentionSignals signals, RollupWriter writer) {
        this.cases = cases;
        this.posts = posts;
        this.signals = signals;
        this.writer = writer;
    }

    @ApplicationModuleListener
    void on(CaseOpened event) {
        record(event.workspace(), event.caseId(), event.post());
    }

    @ApplicationModuleListener
    void on(CustomerWroteAgain event) {
        record(event.workspace(), event.caseId(), event.post());
    }

    void record(WorkspaceId workspace, CaseId caseId, PostId postId) {
        var contact = cases.parties(workspace, caseId).map(p -> p.contact()).orElse(null);
        var post = posts.find(workspace, postId);
        var signal = signals.find(workspace, postId);
        if (contact == null || post.isEmpty() || signal.isEmpty()) {
            return;
        }
        var s = signal.get();
        writer.insertFact("metrics_contact_post", "workspace_id, post_id, contact_id, channel, written_at, sentiment, complaint, churn_cue",
                workspace.value(), postId.value(), contact.value(), post.get().channel().wireName(), utc(post.get().createdAt()),
                s.sentiment().score(), s.intent().intent() == Intent.COMPLAINT, churnCue(s.urgency().reason()));
    }

    static @Nullable String churnCue(String urgencyReason) {
        var matcher = CHURN_CUE.matcher(urgencyReason);
        return matcher.find() ? matcher.group(1) : null;
    }
}
