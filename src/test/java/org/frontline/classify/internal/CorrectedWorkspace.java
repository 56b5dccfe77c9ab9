package org.frontline.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.frontline.classify.CorrectableSignal;
import org.frontline.classify.MentionSignals;
import org.frontline.ingest.PostId;
import org.frontline.testing.Api;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.springframework.context.ApplicationContext;

/** A workspace whose agents corrected the intent (and some rudeness) of a few mentions, through the product's APIs. */
final class CorrectedWorkspace {

    /** Posts the shipped model reads as complaints or questions, that this brand's agents file as ideas. */
    static final List<String> IDEAS = List.of(
            "acme the app should let me export my invoices as csv",
            "acme please add a dark mode to the dashboard",
            "acme it would be great if the hub supported zigbee",
            "acme why is there no way to share a list with my family",
            "acme can you make the widget show the weather too",
            "acme add an option to mute notifications at night");

    static final String POLITE_THOUGH_SHARP = "acme your update broke my hub, fix it today";

    private CorrectedWorkspace() {}

    static TestWorkspace create(ApplicationContext context, Api api) {
        var ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        var signals = context.getBean(MentionSignals.class);
        for (var text : IDEAS) {
            var post = ingest(api, ws, text, signals);
            signals.correct(ws.id(), post, CorrectableSignal.INTENT, "idea", ws.adminEmail());
        }
        var sharp = ingest(api, ws, POLITE_THOUGH_SHARP, signals);
        signals.correct(ws.id(), sharp, CorrectableSignal.RUDENESS, "polite", ws.adminEmail());
        return ws;
    }

    private static PostId ingest(Api api, TestWorkspace ws, String text, MentionSignals signals) {
        var response = api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), aPost().saying(text).json());
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        var post = new PostId(UUID.fromString(response.json().get("posts").get(0).get("id").asString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> signals.find(ws.id(), post).isPresent());
        return post;
    }
}
