package org.frontline.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageReaderTests {

    @Test
    void prefersThePlainTextPartOfAnAlternativeAndDecodesItsCharset() throws Exception {
        var message = read("""
                From: =?UTF-8?Q?Jos=C3=A9?= <Jose@Customer.TEST>
                Subject: =?UTF-8?Q?Caf=C3=A9_broken?=
                Message-ID: <a@b>
                Date: Mon, 23 Nov 2026 10:00:00 +0100 (CET)
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="x"

                --x
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: quoted-printable

                Caf=E9 au lait
                --x
                Content-Type: text/html; charset=UTF-8

                <p>ignored</p>
                --x--
                """);

        assertThat(message.fromAddress()).isEqualTo("jose@customer.test");
        assertThat(message.fromName()).isEqualTo("José");
        assertThat(message.subject()).isEqualTo("Café broken");
        assertThat(message.text()).isEqualTo("Café au lait");
        assertThat(message.sentAt()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
    }

    @Test
    void capsTheTextItReadsAtAMegabyte() throws Exception {
        var huge = "acme ".repeat(MessageReader.MAX_TEXT_BYTES / 4);
        var message = read("From: a@b.test\nSubject: big\nMessage-ID: <big@b>\nContent-Type: text/plain\n\n" + huge);

        assertThat(message.truncated()).isTrue();
        assertThat(message.text().length()).isLessThanOrEqualTo(MessageReader.MAX_TEXT_BYTES);
        assertThat(MessagePosts.text(message)).hasSizeLessThanOrEqualTo(MessagePosts.MAX_TEXT).endsWith("[The message was longer: the rest was not read.]");
    }

    @Test
    void aMessageWithoutMessageIdGetsTheStableFallbackAndThreadIdsAreParsed() throws Exception {
        var message = read("From: a@b.test\nIn-Reply-To: <p@x> (comment)\nReferences: <r1@x>\n <p@x>\n\nhi");

        assertThat(message.messageId()).isEqualTo("<fallback@frontline.invalid>");
        assertThat(message.subject()).isEqualTo("(no subject)");
        assertThat(message.threadCandidates()).containsExactly("<p@x>", "<r1@x>");
    }

    @Test
    void aMessageWithoutASenderIsRefused() {
        assertThatThrownBy(() -> read("Subject: anonymous\n\nhi")).isInstanceOf(MessagingException.class).hasMessageContaining("From");
    }

    @Test
    void repliesKeepTheThreadAndDoNotStackReprefixes() {
        assertThat(MailReplySender.subject("Acme refund")).isEqualTo("Re: Acme refund");
        assertThat(MailReplySender.subject("RE: Acme refund")).isEqualTo("RE: Acme refund");
        assertThat(MailReplySender.references(null, "<p@x>")).isEqualTo("<p@x>");
        assertThat(MailReplySender.references("<r@x> <p@x>", "<p@x>")).isEqualTo("<r@x> <p@x>");
        assertThat(MessageReader.ids("<a@x> junk <b@x> <a@x>")).isEqualTo(List.of("<a@x>", "<b@x>"));
    }

    private static MailMessage read(String raw) throws Exception {
        var mime = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        return MessageReader.read(mime, "<fallback@frontline.invalid>");
    }
}
