package org.frontline.channels.email;

import java.util.Locale;
import java.util.regex.Pattern;
import org.frontline.channels.internal.SourceRefused;

/**
 * What a person types to connect a mailbox. TLS means IMAPS (implicit TLS) for reading and, for sending,
 * SMTPS on port 465 or STARTTLS (required) on any other port.
 *
 * @param address the mailbox's own address: replies are sent from it
 */
public record MailboxSettings(
        String address, String imapHost, int imapPort, boolean tls, String username, String password, String folder,
        String smtpHost, int smtpPort) {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}]");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,253}");

    /** @throws SourceRefused naming the first field that is not acceptable */
    public MailboxSettings {
        address = address.strip().toLowerCase(Locale.ROOT);
        imapHost = imapHost.strip();
        smtpHost = smtpHost.strip();
        username = username.strip();
        folder = folder.isBlank() ? "INBOX" : folder.strip();
        if (!ADDRESS.matcher(address).matches()) throw new SourceRefused("The address must be an e-mail address such as support@acme.example");
        if (!HOST.matcher(imapHost).matches()) throw new SourceRefused("The IMAP host must be a host name or an address");
        if (!HOST.matcher(smtpHost).matches()) throw new SourceRefused("The SMTP host must be a host name or an address");
        if (imapPort < 1 || imapPort > 65535 || smtpPort < 1 || smtpPort > 65535) throw new SourceRefused("Ports are between 1 and 65535");
        if (username.isEmpty() || username.length() > 320) throw new SourceRefused("The user name is required (at most 320 characters)");
        if (password.isEmpty() || password.length() > 1000) throw new SourceRefused("The password is required (at most 1000 characters)");
        if (folder.length() > 200 || folder.chars().anyMatch(Character::isISOControl)) throw new SourceRefused("The folder name is not valid");
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "MailboxSettings[" + username + "@" + imapHost + ":" + imapPort + "/" + folder + ", smtp " + smtpHost + ":" + smtpPort + "]";
    }
}
