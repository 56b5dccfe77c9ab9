package org.frontline.metrics.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseManagement;
import org.frontline.cases.CaseStatus;
import org.frontline.ingest.Channel;
import org.frontline.replies.OutgoingReply;
import org.frontline.replies.ReplyOutcome;
import org.frontline.replies.ReplySender;
import org.frontline.testing.Api;
import org.frontline.testing.SignedInClient;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A resolved case sends a survey (by e-mail to a real SMTP server, GreenMail, or on the channel through the
 * replies module); its public page takes one set of answers, refuses a second politely, and the answers attach
 * to the case, contact and agent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SurveyIntegrationTests {

    static final GreenMail MAIL = startMail();
    static final List<OutgoingReply> SENT_ON_CHANNEL = new CopyOnWriteArrayList<>();
    private static final Pattern LINK = Pattern.compile("http://[^/\\s]+(/s/[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestWorkspace ws;
    Api api;

    /** A connected channel of our own: the replies module delivers to it like to any network's adapter. */
    @TestConfiguration
    static class WebhookChannelSender {
        @Bean
        ReplySender recordingWebhookSender() {
            return new ReplySender() {
                public Channel channel() {
                    return Channel.WEBHOOK;
                }

                public boolean idempotent() {
                    return true;
                }

                public ReplyOutcome send(OutgoingReply reply) {
                    SENT_ON_CHANNEL.add(reply);
                    return new ReplyOutcome.Sent("reply-" + reply.replyId(), null);
                }

                public Optional<ReplyOutcome.Sent> findDelivered(OutgoingReply reply) {
                    return Optional.empty();
                }
            };
        }
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        api = new Api(port);
    }

    @Test
    void aResolvedCaseIsSurveyedByEmailAndItsPublicPageTakesAnswersOnce() {
        var address = "ann-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var caseId = caseFrom("email", address, "acme my refund is three weeks late");
        resolve(caseId);

        var link = linkIn(await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address), m -> !m.isEmpty()).getFirst());
        var customer = new SignedInClient(port);
        var page = customer.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("How satisfied are you", "How likely are you to recommend", "<legend", "type=\"radio\"");

        var csrf = customer.csrfTokenOf(link);
        var answered = customer.postForm(link, "csat=4&nps=10&_csrf=" + SignedInClient.encode(csrf));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("Thank you!");

        var again = customer.postForm(link, "csat=1&nps=0&_csrf=" + SignedInClient.encode(csrf));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already been answered");

        var answers = api.get("/api/v1/workspaces/" + ws.slug() + "/surveys/answers?case=" + caseId.value(), ws.token()).json();
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0).get("contact").isNull()).isFalse();
        assertThat(scores(answers)).containsExactlyInAnyOrder("csat=4", "nps=10");
        var contact = answers.get(0).get("contact").asString();
        assertThat(api.get("/api/v1/workspaces/" + ws.slug() + "/surveys/answers?contact=" + contact, ws.token()).json()).hasSize(2);
    }

    @Test
    void aSurveyGoesOutOnTheCasesChannelThroughTheRepliesModule() {
        var caseId = caseFrom("webhook", "bob", "acme the app crashes at login");
        resolve(caseId);

        var reply = await().atMost(Duration.ofSeconds(20)).until(
                () -> SENT_ON_CHANNEL.stream().filter(r -> r.workspace().equals(ws.id())).findFirst(), Optional::isPresent).get();
        assertThat(reply.text()).contains("How did we do?", "/s/");
        var matcher = LINK.matcher(reply.text());
        assertThat(matcher.find()).isTrue();
        assertThat(new SignedInClient(port).get(matcher.group(1)).statusCode()).isEqualTo(200);
    }

    @Test
    void invalidAnswersAreRefusedAndNothingIsStored() {
        var address = "cy-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        resolve(caseFrom("email", address, "acme where is my parcel"));
        var link = linkIn(await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address), m -> !m.isEmpty()).getFirst());
        var customer = new SignedInClient(port);
        var csrf = SignedInClient.encode(customer.csrfTokenOf(link));

        var outOfRange = customer.postForm(link, "csat=9&nps=10&_csrf=" + csrf);
        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(outOfRange.body()).contains("must be a whole number from 1–5");
        var missing = customer.postForm(link, "csat=3&_csrf=" + csrf);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(customer.postForm(link, "csat=3&nps=7&_csrf=" + csrf).statusCode()).isEqualTo(200);
    }

    @Test
    void forgedTamperedAndExpiredLinksAreRefusedPolitely() {
        var links = context.getBean(SurveyLinks.class);
        var visitor = new SignedInClient(port);
        var forged = "/s/" + links.token(UUID.randomUUID(), Instant.now().plusSeconds(3600));
        assertThat(visitor.get(forged).statusCode()).isEqualTo(404);
        assertThat(visitor.get("/s/not-a-token").statusCode()).isEqualTo(404);

        var id = UUID.randomUUID();
        var expired = Instant.parse("2026-01-01T00:00:00Z");
        var survey = new SurveyRecord(id, ws.id().value(), UUID.randomUUID(), null, null, "email", List.of(SurveyQuestion.CSAT), expired, null);
        context.getBean(SurveyRepository.class).insert(survey, expired.minusSeconds(86_400), "email");
        var token = links.token(id, expired);
        var page = visitor.get("/s/" + token);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("expired");
        var stretched = links.token(id, Instant.parse("2099-01-01T00:00:00Z"));
        assertThat(visitor.get("/s/" + stretched).statusCode()).isEqualTo(404);
        var tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "AB" : "AA");
        assertThat(visitor.get("/s/" + tampered).statusCode()).isEqualTo(404);
    }

    @Test
    void theOffSwitchAndTheQuestionChoiceAreKeptPerWorkspace() {
        var settings = "/api/v1/workspaces/" + ws.slug() + "/surveys/settings";
        assertThat(api.get(settings, ws.token()).json().get("questions").toString()).isEqualTo("[\"csat\",\"nps\"]");
        var bad = api.put(settings, ws.token(), "{\"enabled\":true,\"questions\":[\"csat\",\"happiness\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("type").asString()).isEqualTo("/problems/validation");
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("questions[1]");

        assertThat(api.put(settings, ws.token(), "{\"enabled\":false,\"questions\":[\"ces\"]}").status()).isEqualTo(200);
        var quiet = "quiet-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var unsurveyed = caseFrom("email", quiet, "acme my invoice is wrong");
        resolve(unsurveyed);
        // The dispatch runs after the resolution commits; it must have decided before surveys are switched on again.
        await().atMost(Duration.ofSeconds(20)).until(() -> dispatched(unsurveyed));
        assertThat(api.put(settings, ws.token(), "{\"enabled\":true,\"questions\":[\"ces\"]}").status()).isEqualTo(200);
        var loud = "loud-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        resolve(caseFrom("email", loud, "acme my login fails"));

        var link = linkIn(await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(loud), m -> !m.isEmpty()).getFirst());
        assertThat(new SignedInClient(port).get(link).body()).contains("How easy was it").doesNotContain("How satisfied");
        assertThat(surveysOf(unsurveyed)).isZero();
        assertThat(mailsTo(quiet)).isEmpty();
    }

    private CaseId caseFrom(String channel, String author, String text) {
        var post = aPost().on(channel).from(author).saying(text);
        assertThat(api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), post.json()).status()).isEqualTo(202);
        var items = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/v1/workspaces/" + ws.slug() + "/cases", ws.token()).json().get("items"),
                list -> {
                    for (var item : list) {
                        if (item.get("subject").asString().contains(text.substring(5, 15))) {
                            return true;
                        }
                    }
                    return false;
                });
        for (var item : items) {
            if (item.get("subject").asString().contains(text.substring(5, 15))) {
                return new CaseId(UUID.fromString(item.get("id").asString()));
            }
        }
        throw new IllegalStateException("no case");
    }

    private void resolve(CaseId caseId) {
        context.getBean(CaseManagement.class).changeStatus(ws.id(), caseId, CaseStatus.RESOLVED, "agent@example.com");
    }

    private int surveysOf(CaseId caseId) {
        return jdbc.sql("select count(*) from metrics_survey where case_id = ?").param(caseId.value()).query(Integer.class).single();
    }

    /** No survey dispatch for this case is still waiting: publications are deleted once their listener is done. */
    private boolean dispatched(CaseId caseId) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like '%SurveyDispatch%'"
                        + " and serialized_event like ?")
                        .param("%" + caseId.value() + "%")
                        .query(Integer.class)
                        .single()
                == 0;
    }

    private static List<String> scores(tools.jackson.databind.JsonNode answers) {
        var out = new java.util.ArrayList<String>();
        answers.forEach(a -> out.add(a.get("question").asString().toLowerCase() + "=" + a.get("score").asInt()));
        return out;
    }

    private static GreenMail startMail() {
        var mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String linkIn(MimeMessage message) {
        try {
            var matcher = LINK.matcher(String.valueOf(message.getContent()));
            assertThat(matcher.find()).as("a survey link in the mail").isTrue();
            return matcher.group(1);
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
