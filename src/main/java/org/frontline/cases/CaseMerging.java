package org.frontline.cases;

import java.time.Clock;
import java.util.UUID;
import org.frontline.cases.internal.ActivityRepository;
import org.frontline.cases.internal.CaseRecord;
import org.frontline.cases.internal.CaseRepository;
import org.frontline.ingest.PostId;
import org.frontline.routing.SlaClock;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two cases that turned out to be one customer issue, and splits a mention that is a separate issue
 * into a case of its own. Both leave a line on every case they touch.
 */
@Component
public class CaseMerging {

    private final CaseRepository cases;
    private final ActivityRepository activity;
    private final SlaClock sla;
    private final Clock clock;

    CaseMerging(CaseRepository cases, ActivityRepository activity, SlaClock sla, Clock clock) {
        this.cases = cases;
        this.activity = activity;
        this.sla = sla;
        this.clock = clock;
    }

    /** Moves every mention of {@code merged} into {@code kept} and closes {@code merged}. */
    @Transactional
    public void merge(WorkspaceId workspace, CaseId kept, CaseId merged, String actor) {
        if (kept.equals(merged)) {
            throw new IllegalArgumentException("A case cannot be merged into itself");
        }
        var keptCase = cases.find(workspace, kept).orElseThrow(() -> new CaseNotFound(kept));
        var mergedCase = cases.find(workspace, merged).orElseThrow(() -> new CaseNotFound(merged));
        if (keptCase.status() == CaseStatus.CLOSED) {
            throw new InvalidTransition(CaseStatus.CLOSED, CaseStatus.OPEN);
        }
        var now = clock.instant();
        var moved = cases.moveMentions(workspace, merged, kept);
        cases.touch(workspace, merged, CaseStatus.CLOSED, now);
        sla.resolved(workspace, merged.value(), now);
        activity.add(workspace, kept, CaseActivity.Kind.STATUS, actor,
                "merged case " + shortId(merged) + " into this one (" + moved + " mentions: \u201c" + mergedCase.subject() + "\u201d)", now);
        activity.add(workspace, merged, CaseActivity.Kind.STATUS, actor, "merged into case " + shortId(kept) + "; closed", now);
    }

    /** Takes one mention out of a case into a new case with the same team, assignee and priority. */
    @Transactional
    public CaseId split(WorkspaceId workspace, CaseId from, PostId post, String subject, String actor) {
        var source = cases.find(workspace, from).orElseThrow(() -> new CaseNotFound(from));
        if (cases.mentionCount(workspace, from) < 2) {
            throw new IllegalArgumentException("A case with one mention cannot be split");
        }
        var now = clock.instant();
        var id = new CaseId(UUID.randomUUID());
        cases.insertCase(workspace, new CaseRecord(id, CaseStatus.OPEN, source.priority(), source.team(), source.assignee(), source.tags(),
                "Split from case " + shortId(from) + ".", subject, post, now, now));
        if (!cases.moveMention(workspace, post, from, id)) {
            throw new IllegalArgumentException("The post is not a mention of this case");
        }
        sla.start(workspace, id.value(), source.team(), source.priority(), now);
        activity.add(workspace, from, CaseActivity.Kind.STATUS, actor, "split a mention into case " + shortId(id), now);
        activity.add(workspace, id, CaseActivity.Kind.STATUS, actor, "split from case " + shortId(from), now);
        return id;
    }

    private static String shortId(CaseId id) {
        return id.value().toString().substring(0, 8);
    }
}
