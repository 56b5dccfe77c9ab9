package org.frontline.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.frontline.testing.PostBuilder.aPost;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.frontline.metrics.internal.ListeningDashboard;
import org.frontline.metrics.DashboardFilter;
import org.frontline.testing.Api;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The weekly summary through a real SMTP server (GreenMail, in-process): sent once, with figures and PNG charts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "frontline.metrics.reports.enabled=false")
@ActiveProfiles("test")
class WeeklyReportIntegrationTests {

    static final GreenMail MAIL = startMail();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private static GreenMail startMail() {
        var mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Test
    void sendsTheLastFullWeeksSummaryOnceWithFiguresAndChartImages() throws Exception {
        var ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        var api = new Api(port);
        for (int i = 0; i < 3; i++) {
            var body = aPost().on("bluesky").withExternalId("r-" + i).saying("acme router broken, refund please " + i)
                    .with("createdAt", "2026-11-2" + (3 + i) + "T10:00:00Z").json();
            assertThat(api.post("/api/v1/workspaces/" + ws.slug() + "/posts", ws.token(), body).status()).isEqualTo(202);
        }
        var listening = context.getBean(ListeningDashboard.class);
        var week = new DashboardFilter(Instant.parse("2026-11-23T00:00:00Z"), Instant.parse("2026-11-30T00:00:00Z"),
                java.util.Optional.empty(), java.util.Optional.empty());
        await().atMost(Duration.ofSeconds(20)).until(() -> listening.figures(ws.id(), week).mentions() == 3);
        var recipients = context.getBean(ReportRecipients.class);
        recipients.replace(ws.id(), List.of("Lead@Example.com", "marketing@example.com", "lead@example.com"));
        var sender = context.getBean(WeeklyReportSender.class);
        var monday = Instant.parse("2026-11-30T09:00:00Z");

        var sent = sender.sendDue(monday);

        assertThat(sent).isGreaterThanOrEqualTo(1);
        var mails = mailsTo("lead@example.com", ws.slug());
        assertThat(mails).hasSize(1);
        assertThat(mailsTo("marketing@example.com", ws.slug())).hasSize(1);
        var mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Weekly summary for " + ws.slug() + ", week of 2026-11-23");
        var parts = parts(mail);
        var html = parts.stream().filter(p -> isType(p, "text/html")).findFirst().orElseThrow().getContent().toString();
        assertThat(html).contains("<th align=\"left\">Mentions</th><td>3</td>", "cid:mentions", "cid:first-response", "router 3");
        var images = parts.stream().filter(p -> isType(p, "image/png")).toList();
        assertThat(images).hasSize(2);
        try (InputStream in = images.getFirst().getInputStream()) {
            var image = ImageIO.read(in);
            assertThat(image.getWidth()).isEqualTo(640);
            assertThat(image.getHeight()).isEqualTo(260);
        }

        sender.sendDue(monday.plus(Duration.ofHours(1)));
        assertThat(mailsTo("lead@example.com", ws.slug())).hasSize(1);
    }

    @Test
    void refusesSomethingThatIsNotAnAddress() {
        var ws = new TestWorkspaces(context).create();
        assertThatThrownBy(() -> context.getBean(ReportRecipients.class).replace(ws.id(), List.of("lead@example.com", "=cmd|x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(context.getBean(ReportRecipients.class).of(ws.id())).isEmpty();
    }

    /** One per message sent (GreenMail keeps a copy per recipient's mailbox: distinct by Message-ID). */
    private static List<MimeMessage> mailsTo(String address, String slug) {
        var seen = new java.util.HashSet<String>();
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(slug) && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address))
                        && seen.add(m.getMessageID());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static boolean isType(BodyPart part, String type) {
        try {
            return part.isMimeType(type);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<BodyPart> parts(MimeMessage message) throws Exception {
        var found = new ArrayList<BodyPart>();
        collect((Multipart) message.getContent(), found);
        return found;
    }

    private static void collect(Multipart multipart, List<BodyPart> found) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, found);
            } else {
                found.add(part);
            }
        }
    }
}
