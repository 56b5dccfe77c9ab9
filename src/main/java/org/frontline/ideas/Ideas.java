package org.frontline.ideas;

import org.frontline.cases.CaseId;
import org.frontline.ideas.internal.MentionLinks;
import org.frontline.ideas.internal.TopicCreation;
import org.frontline.ingest.PostId;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What other modules may ask of the ideas portal: link a mention (and its case) to a topic, or create a
 * topic from a mention. {@code by} names the agent, for the record.
 */
@Component
public class Ideas {

    private final MentionLinks links;
    private final TopicCreation creation;

    Ideas(MentionLinks links, TopicCreation creation) {
        this.links = links;
        this.creation = creation;
    }

    /**
     * Links the mention to the topic; a mention is linked to one topic at most, so linking it again moves it.
     * Idempotent.
     *
     * @throws TopicNotFound when the workspace has no such topic (or it was merged away)
     */
    public void linkMention(WorkspaceId workspace, TopicId topic, PostId post, @Nullable CaseId caseId, String by) {
        links.link(workspace, topic, post, caseId == null ? null : caseId.value(), by);
    }

    /**
     * Creates a public topic from a mention, in the company's name, quoting the mention's text without its
     * author, and links the mention to it.
     *
     * @throws IllegalStateException when the workspace has not opened its portal
     */
    public TopicId createTopicFromMention(
            WorkspaceId workspace, PostId post, @Nullable CaseId caseId, TopicKind kind, String title, String by) {
        var topic = creation.fromMention(workspace, post, kind, title);
        links.link(workspace, topic, post, caseId == null ? null : caseId.value(), by);
        return topic;
    }
}
