package org.frontline.cases.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseOpened;
import org.frontline.cases.CaseStatus;
import org.frontline.ingest.PostView;
import org.frontline.ingest.Posts;
import org.frontline.classify.MentionClassified;
import org.frontline.classify.Urgency;
import org.frontline.routing.Priority;
import org.frontline.routing.SlaClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a mention into a case: it joins the case of its thread or of its author's recent follow-up, or opens
 * a new, routed case. Idempotent: a mention that is already recorded (a replayed event after a crash) changes
 * nothing.
 */
@Component
class CaseOpening {

    private final CaseRepository cases;
    private final Posts posts;
    private final CaseRouting routing;
    private final Threading threading;
    private final FollowUps followUps;
    private final SlaClock sla;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Meters meters;

    CaseOpening(
            CaseRepository cases,
            Posts posts,
            CaseRouting routing,
            Threading threading,
            FollowUps followUps,
            SlaClock sla,
            ApplicationEventPublisher events,
            Clock clock,
            Meters meters) {
        this.cases = cases;
        this.posts = posts;
        this.routing = routing;
        this.threading = threading;
        this.followUps = followUps;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    @ApplicationModuleListener
    void on(MentionClassified event) {
        var workspace = event.workspace();
        if (cases.mentionExists(workspace, event.post())) {
            // Already recorded, by a replay or as an unmatched reply in a case's thread: keep where it matched.
            cases.addMissingMatches(workspace, event.post(), event.matches());
            return;
        }
        posts.find(workspace, event.post()).ifPresent(post -> threading.caseFor(workspace, post)
                .ifPresentOrElse(existing -> followUps.join(workspace, existing, post, event.matches()), () -> open(event, post)));
    }

    private void open(MentionClassified event, PostView post) {
        var now = clock.instant();
        var facts = routing.facts(event, post);
        var decision = routing.route(event, facts);
        var caseId = new CaseId(UUID.randomUUID());
        var record = new CaseRecord(
                caseId,
                CaseStatus.NEW,
                decision.priority().atLeast(priorityOf(event.signals().urgency().level())),
                decision.team(),
                decision.agent(),
                decision.tags(),
                decision.explanation(),
                Subjects.of(post.text()),
                post.id(),
                now,
                now);
        cases.insertCase(event.workspace(), record);
        cases.setContact(event.workspace(), caseId, Threading.contactKey(post), facts.language());
        cases.setFacets(event.workspace(), caseId, facts.channel(), facts.intent(), facts.sentiment());
        sla.start(event.workspace(), caseId.value(), record.team(), record.priority(), now);
        cases.insertMention(event.workspace(), caseId, new MentionRecord(UUID.randomUUID(), post.id(), now, event.matches()));
        events.publishEvent(new CaseOpened(event.workspace(), caseId, post.id(), decision.team(), decision.agent()));
        meters.opened(Duration.between(post.receivedAt(), now));
    }

    /** Urgency raises priority; rudeness is not an input, so a rude customer is never pushed down the queue. */
    static Priority priorityOf(Urgency urgency) {
        return switch (urgency) {
            case URGENT -> Priority.URGENT;
            case HIGH -> Priority.HIGH;
            case NORMAL -> Priority.NORMAL;
            case LOW -> Priority.LOW;
        };
    }

    /** The case module's meters, registered once. */
    @Component
    static class Meters {
        private final Counter mentions;
        private final Counter opened;
        private final Counter joined;
        private final Timer pipeline;

        Meters(MeterRegistry registry) {
            this.mentions = Counter.builder("frontline.mentions").description("Mentions recorded").register(registry);
            this.opened = Counter.builder("frontline.cases.opened").description("Cases opened").register(registry);
            this.joined = Counter.builder("frontline.cases.followups").description("Mentions that joined an existing case").register(registry);
            this.pipeline = Timer.builder("frontline.pipeline.latency")
                    .description("From a post being stored to its case being opened and routed")
                    .publishPercentileHistogram()
                    .register(registry);
        }

        void joined() {
            mentions.increment();
            joined.increment();
        }

        void opened(Duration sinceReceived) {
            mentions.increment();
            opened.increment();
            pipeline.record(sinceReceived.isNegative() ? Duration.ZERO : sinceReceived);
        }
    }
}
