package org.frontline.ideas;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.frontline.ideas.internal.Portals;
import org.frontline.testing.TestWorkspaces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for the portal's integration and browser tests: the test profile plus an
 * in-process SMTP server (GreenMail, a real SMTP implementation) that receives every portal mail. The SMTP
 * server lives as long as the test JVM, like the cached context that points at it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class PortalTestSupport {

    static final GreenMail MAIL = startMail();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Portals portals;

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

    /** A fresh workspace with its portal open. */
    TestWorkspaces.TestWorkspace workspaceWithPortal() {
        var ws = new TestWorkspaces(context).create();
        portals.open(ws.id(), ws.slug(), "Portal " + ws.slug(), "Tell us", "#0e7490");
        return ws;
    }

    /** The mails received so far for this address, oldest first. */
    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> isFor(m, address)).toList();
    }

    static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
