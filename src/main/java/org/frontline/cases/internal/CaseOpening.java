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
import org.frontline.cases.Priority;
import org.frontline.ingest.PostView;
import org.frontline.ingest.Posts;
import org.frontline.matching.MentionMatched;
import org.frontline.routing.Router;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a mention into a case and routes it. Idempotent: a mention that is already recorded (a replayed
 * event after a crash) changes nothing.
 */
@Component
class CaseOpening {

    private final CaseRepository cases;
    private final Posts posts;
    private final Router router;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Meters meters;

    CaseOpening(
            CaseRepository cases, Posts posts, Router router, ApplicationEventPublisher events, Clock clock, Meters meters) {
        this.cases = cases;
        this.posts = posts;
        this.router = router;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    @ApplicationModuleListener
    void on(MentionMatched event) {
        var workspace = event.workspace();
        if (cases.mentionExists(workspace, event.post())) {
            return;
        }
        posts.find(workspace, event.post()).ifPresent(post -> open(event, post));
    }

    private void open(MentionMatched event, PostView post) {
        var now = clock.instant();
        var decision = router.route(event.workspace());
        var caseId = new CaseId(UUID.randomUUID());
        var record = new CaseRecord(
                caseId, CaseStatus.NEW, Priority.NORMAL, decision.team(), decision.explanation(), Subjects.of(post.text()), post.id(), now, now);
        cases.insertCase(event.workspace(), record);
        cases.insertMention(event.workspace(), caseId, new MentionRecord(UUID.randomUUID(), post.id(), now, event.matches()));
        events.publishEvent(new CaseOpened(event.workspace(), caseId, post.id(), decision.team()));
        meters.opened(Duration.between(post.receivedAt(), now));
    }

    /** The case module's meters, registered once. */
    @Component
    static class Meters {
        private final Counter mentions;
        private final Counter opened;
        private final Timer pipeline;

        Meters(MeterRegistry registry) {
            this.mentions = Counter.builder("frontline.mentions").description("Mentions recorded").register(registry);
            this.opened = Counter.builder("frontline.cases.opened").description("Cases opened").register(registry);
            this.pipeline = Timer.builder("frontline.pipeline.latency")
                    .description("From a post being stored to its case being opened and routed")
                    .publishPercentileHistogram()
                    .register(registry);
        }

        void opened(Duration sinceReceived) {
            mentions.increment();
            opened.increment();
            pipeline.record(sinceReceived.isNegative() ? Duration.ZERO : sinceReceived);
        }
    }
}
