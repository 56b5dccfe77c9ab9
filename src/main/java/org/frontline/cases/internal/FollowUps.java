package org.frontline.cases.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.frontline.cases.CaseStatus;
import org.frontline.cases.CustomerWroteAgain;
import org.frontline.ingest.PostView;
import org.frontline.matching.QueryMatch;
import org.frontline.routing.SlaClock;
import org.frontline.shared.WorkspaceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A customer's new post joins their existing case: it becomes a mention of the case, a resolved case reopens
 * and the next-response target starts. Shared by matched follow-ups and unmatched replies in a case's thread.
 */
@Component
class FollowUps {

    private final CaseRepository cases;
    private final SlaClock sla;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseOpening.Meters meters;

    FollowUps(CaseRepository cases, SlaClock sla, ApplicationEventPublisher events, Clock clock, CaseOpening.Meters meters) {
        this.cases = cases;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    /** {@code matches} is empty for a reply that matched no tracking query. */
    void join(WorkspaceId workspace, CaseRecord existing, PostView post, List<QueryMatch> matches) {
        var now = clock.instant();
        cases.insertMention(workspace, existing.id(), new MentionRecord(UUID.randomUUID(), post.id(), now, matches));
        var reopens = existing.status() == CaseStatus.RESOLVED;
        cases.touch(workspace, existing.id(), reopens ? CaseStatus.OPEN : existing.status(), now);
        if (reopens) {
            sla.start(workspace, existing.id().value(), existing.team(), existing.priority(), now);
        }
        sla.customerReplied(workspace, existing.id().value(), existing.team(), existing.priority(), now);
        events.publishEvent(new CustomerWroteAgain(workspace, existing.id(), post.id(), existing.status()));
        meters.joined();
    }
}
