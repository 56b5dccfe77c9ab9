package org.frontline.channels.email;

import jakarta.mail.Session;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Properties;
import org.frontline.channels.internal.AddressPolicy;
import org.frontline.channels.internal.ChannelsProperties;
import org.frontline.channels.internal.SourceRefused;
import org.springframework.stereotype.Component;

/**
 * Jakarta Mail sessions for a mailbox's IMAP and SMTP servers: time-outs on every socket, certificate and
 * host-name checks under TLS, and the same address policy as feeds (a mailbox host may not be a private,
 * loopback or link-local address; tests have the test-only loopback allowance).
 */
@Component
class MailSessions {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final AddressPolicy policy;

    MailSessions(ChannelsProperties properties) {
        this.policy = new AddressPolicy(properties.fetch().testOnlyAllowLoopback());
    }

    /** @param readTimeout longer than the IDLE period for a watching connection */
    Session imap(Mailbox mailbox, Duration readTimeout) {
        var protocol = mailbox.tls() ? "imaps" : "imap";
        var props = new Properties();
        props.put("mail.store.protocol", protocol);
        timeouts(props, protocol, readTimeout);
        if (mailbox.tls()) {
            props.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        return Session.getInstance(props);
    }

    Session smtp(Mailbox mailbox) {
        var implicitTls = mailbox.tls() && mailbox.smtpPort() == 465;
        var protocol = implicitTls ? "smtps" : "smtp";
        var props = new Properties();
        props.put("mail.transport.protocol", protocol);
        timeouts(props, protocol, READ_TIMEOUT);
        props.put("mail." + protocol + ".auth", "true");
        if (mailbox.tls() && !implicitTls) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
            props.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        if (implicitTls) {
            props.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        return Session.getInstance(props);
    }

    /** @throws SourceRefused when the host does not resolve or resolves to an address we do not connect to */
    void checkHost(String host) {
        var bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            for (var address : InetAddress.getAllByName(bare)) {
                var refusal = policy.refusal(address);
                if (refusal.isPresent()) {
                    throw new SourceRefused("Blocked: " + host + " resolves to " + refusal.get());
                }
            }
        } catch (UnknownHostException e) {
            throw new SourceRefused("The host " + host + " does not resolve");
        }
    }

    private static void timeouts(Properties props, String protocol, Duration read) {
        props.put("mail." + protocol + ".connectiontimeout", String.valueOf(CONNECT_TIMEOUT.toMillis()));
        props.put("mail." + protocol + ".timeout", String.valueOf(read.toMillis()));
        props.put("mail." + protocol + ".writetimeout", String.valueOf(READ_TIMEOUT.toMillis()));
    }
}
