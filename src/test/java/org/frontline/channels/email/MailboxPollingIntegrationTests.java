package org.frontline.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.UUID;
import org.frontline.ingest.Channel;
import org.frontline.ingest.Posts;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The polling path, for servers without IDLE: {@code frontline.channels.mail.idle=false} makes the watcher poll a
 * real IMAP server (GreenMail) even though it announces IDLE, every 200 ms here. What is new is decided by the
 * durable UIDVALIDITY/UID cursor, so a restarted worker reads only what arrived after the last stored message.
 */
@SpringBootTest(properties = {"frontline.channels.mail.idle=false", "frontline.channels.mail.poll-every=200ms"})
@ActiveProfiles("test")
class MailboxPollingIntegrationTests {

    private static final String PASSWORD = "polling-password-42";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("help@acme.test", "help", PASSWORD));

    @Autowired ApplicationContext context;
    @Autowired Mailboxes mailboxes;
    @Autowired MailboxWatcher watcher;
    @Autowired Posts posts;
    @Autowired JdbcClient jdbc;

    @Test
    void messagesArriveByPollingAndARestartedWorkerNeitherSkipsNorRepeatsOne() {
        var ws = new TestWorkspaces(context).createWithQuery("acme", "acme");
        var mailbox = mailboxes.add(ws.id(), new MailboxSettings("help@acme.test", "127.0.0.1", mail.getImap().getPort(), false, "help",
                PASSWORD, "INBOX", "127.0.0.1", mail.getSmtp().getPort()));

        watcher.watch(ws.id(), mailbox);
        // Two empty polls first: the messages below can only arrive through a later poll, not the first read.
        await().atMost(PATIENCE).until(() -> watcher.reads(mailbox) >= 2);
        deliver("<p1@customer.test>", "Acme order missing");
        deliver("<p2@customer.test>", "Acme refund please");
        await().atMost(PATIENCE).until(() -> arrived(ws, "<p1@customer.test>") && arrived(ws, "<p2@customer.test>"));
        await().atMost(PATIENCE).until(() -> cursor(mailbox) == 2);
        var status = mailboxes.list(ws.id()).getFirst();
        assertThat(status.idle()).isFalse();
        assertThat(watcher.idles(mailbox)).isZero();
        assertThat(watcher.messagesRead(mailbox)).isEqualTo(2);

        watcher.stop(mailbox);
        await().atMost(PATIENCE).until(() -> !watcher.watching(mailbox));
        deliver("<p3@customer.test>", "Acme still no answer");
        watcher.watch(ws.id(), mailbox);
        await().atMost(PATIENCE).until(() -> arrived(ws, "<p3@customer.test>"));
        var readsAfterArrival = watcher.reads(mailbox);
        await().atMost(PATIENCE).until(() -> watcher.reads(mailbox) >= readsAfterArrival + 2);

        // The new worker started from the stored cursor: it read the one new message and nothing twice.
        assertThat(watcher.messagesRead(mailbox)).isEqualTo(1);
        assertThat(cursor(mailbox)).isEqualTo(3);
        assertThat(posts.count(ws.id())).isEqualTo(3);
        assertThat(mailboxes.list(ws.id()).getFirst().health().items()).isEqualTo(3);
        watcher.stop(mailbox);
    }

    private boolean arrived(TestWorkspaces.TestWorkspace ws, String messageId) {
        return posts.findByExternalId(ws.id(), Channel.EMAIL, messageId).isPresent();
    }

    private long cursor(UUID mailbox) {
        return jdbc.sql("select last_uid from mailbox where id = ? and uid_validity is not null").param(mailbox).query(Long.class).optional().orElse(-1L);
    }

    private static void deliver(String messageId, String subject) {
        var raw = "From: Ana Lima <ana@customer.test>\nTo: help@acme.test\nSubject: " + subject + "\nMessage-ID: " + messageId
                + "\nDate: Mon, 23 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n" + subject + "\n";
        mail.getUserManager().getUser("help").deliver(GreenMailUtil.newMimeMessage(raw.replace("\n", "\r\n")));
    }
}
