package org.frontline.cases.internal;

import java.util.HashMap;
import java.util.UUID;
import org.frontline.classify.MentionClassified;
import org.frontline.classify.Signals;
import org.frontline.ingest.PostView;
import org.frontline.matching.QueryMatch;
import org.frontline.matching.TrackingQueries;
import org.frontline.routing.Router;
import org.frontline.routing.RoutingDecision;
import org.frontline.routing.RoutingFacts;
import org.springframework.stereotype.Component;

/** Tells the router what is known about a new mention and returns its decision. */
@Component
class CaseRouting {

    static final double MIN_LANGUAGE_CONFIDENCE = 0.8;

    private final TrackingQueries queries;
    private final Router router;
    private final CaseLoads loads;

    CaseRouting(TrackingQueries queries, Router router, CaseLoads loads) {
        this.queries = queries;
        this.router = router;
        this.loads = loads;
    }

    RoutingDecision route(MentionClassified event, RoutingFacts facts) {
        return router.route(event.workspace(), facts, loads);
    }

    RoutingFacts facts(MentionClassified event, PostView post) {
        var names = queries.names(event.workspace(), event.matches().stream().map(QueryMatch::query).toList());
        var byId = new HashMap<UUID, String>();
        names.forEach((id, name) -> byId.put(id.value(), name));
        var s = event.signals();
        return new RoutingFacts(post.channel().wireName(), byId, s.intent().intent().wireName(), s.sentiment().score(),
                s.rudeness().score(), s.urgency().score(), language(post, s), post.author().followers(), post.text());
    }

    /**
     * The language to answer in: what the channel declared, else what detection found with enough confidence.
     * A guess on a few words must not send a case to the queue for want of a speaker of that language.
     */
    static @org.jspecify.annotations.Nullable String language(PostView post, org.frontline.classify.Signals signals) {
        if (post.lang() != null && !post.lang().isBlank()) {
            return post.lang();
        }
        var detected = signals.language();
        return detected.confidence() >= MIN_LANGUAGE_CONFIDENCE && !Signals.LanguageSignal.UNDETERMINED.equals(detected.code())
                ? detected.code()
                : null;
    }
}
