package org.frontline.ideas.internal;

import java.time.Clock;
import java.util.UUID;
import org.frontline.ideas.OfficialAnswerGiven;
import org.frontline.ideas.TopicId;
import org.frontline.ideas.TopicNotFound;
import org.frontline.ideas.TopicStatus;
import org.frontline.ideas.TopicStatusChanged;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What agents and admins do to topics: official status with a public note, the official answer, tags,
 * hiding spam, clearing a rudeness flag, hiding comments. Status changes and answers are announced as
 * events, which notify the topic's followers after the transaction commits.
 */
@Component
public class Moderation {

    static final int MAX_NOTE = 2_000;
    static final int MAX_ANSWER = 10_000;

    private final TopicRepository topics;
    private final CommentRepository comments;
    private final StatusHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Moderation(
            TopicRepository topics,
            CommentRepository comments,
            StatusHistory history,
            ApplicationEventPublisher events,
            Clock clock) {
        this.topics = topics;
        this.comments = comments;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Topic changeStatus(WorkspaceId workspace, TopicId id, TopicStatus status, @Nullable String note, String by) {
        var topic = require(workspace, id);
        var cleanNote = clean(note, MAX_NOTE, "A status note");
        if (topic.status() == status && java.util.Objects.equals(topic.statusNote(), cleanNote)) {
            return topic;
        }
        topics.updateStatus(workspace, id, status, cleanNote, clock.instant());
        history.record(workspace, id, topic.status(), status, cleanNote, by, clock.instant());
        events.publishEvent(new TopicStatusChanged(workspace, id, topic.status(), status, cleanNote));
        return require(workspace, id);
    }

    /** Pins the company's official answer (replacing any earlier one); a blank answer removes it. */
    @Transactional
    public Topic answer(WorkspaceId workspace, TopicId id, String answer) {
        require(workspace, id);
        var clean = clean(answer, MAX_ANSWER, "An official answer");
        topics.updateAnswer(workspace, id, clean, clock.instant());
        if (clean != null) {
            events.publishEvent(new OfficialAnswerGiven(workspace, id));
        }
        return require(workspace, id);
    }

    /** An agent's comment in the discussion, marked as coming from the company. */
    @Transactional
    public void comment(WorkspaceId workspace, TopicId id, String companyName, String body) {
        require(workspace, id);
        var clean = clean(body, Posting.MAX_COMMENT, "A comment");
        if (clean == null) {
            throw new PortalRefused("A comment cannot be empty.");
        }
        comments.add(workspace, id, null, companyName, true, clean, false, clock.instant());
        topics.recount(id);
    }

    @Transactional
    public void tag(WorkspaceId workspace, TopicId id, String tags) {
        require(workspace, id);
        topics.updateTags(workspace, id, Tags.parse(tags));
    }

    /** Hides a topic (spam, abuse) or shows it again; showing a held topic approves it. */
    @Transactional
    public void setVisibility(WorkspaceId workspace, TopicId id, Visibility visibility) {
        require(workspace, id);
        topics.updateVisibility(workspace, id, visibility);
    }

    @Transactional
    public void clearRudeFlag(WorkspaceId workspace, TopicId id) {
        require(workspace, id);
        topics.clearRudeFlag(workspace, id);
    }

    @Transactional
    public void setCommentHidden(WorkspaceId workspace, UUID comment, boolean hidden) {
        comments.setHidden(workspace, comment, hidden).ifPresent(topics::recount);
    }

    private Topic require(WorkspaceId workspace, TopicId id) {
        return topics.find(workspace, id).orElseThrow(TopicNotFound::new);
    }

    private static @Nullable String clean(@Nullable String text, int max, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var stripped = text.strip();
        if (stripped.length() > max) {
            throw new PortalRefused(what + " has at most " + max + " characters.");
        }
        return stripped;
    }
}
