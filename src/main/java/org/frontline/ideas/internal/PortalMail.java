package org.frontline.ideas.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the portal's mail through Spring's {@link JavaMailSender} ({@code spring.mail.*}). Without mail
 * settings (the embedded demo) there is no sender: the message is logged at INFO instead, so a sign-in link
 * can be copied from the console. Addresses are logged at DEBUG only.
 */
@Component
public class PortalMail {

    private static final Logger log = LoggerFactory.getLogger(PortalMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final IdeasProperties properties;

    PortalMail(ObjectProvider<JavaMailSender> sender, IdeasProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** Answers whether the mail went to an SMTP server (false: it was only logged). */
    public boolean send(String to, String subject, String text) {
        var mailer = sender.getIfAvailable();
        if (mailer == null) {
            log.info("No mail server is configured (spring.mail.host): not sending \"{}\". It says:\n{}", subject, text);
            log.debug("The unsent mail was for {}", to);
            return false;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            mailer.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not send \"{}\": {}", subject, e.getClass().getSimpleName());
            throw e;
        }
    }
}
