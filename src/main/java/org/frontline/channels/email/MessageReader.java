package org.frontline.channels.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.frontline.channels.internal.SafeText;
import org.jspecify.annotations.Nullable;

/**
 * Reads what Frontline keeps of a message: its ids, sender, subject and one text body (the plain-text part,
 * else the HTML part reduced to text). Attachments are named, never downloaded. Every size is capped, so a
 * hostile message costs at most about a megabyte of reading.
 */
final class MessageReader {

    static final int MAX_TEXT_BYTES = 1024 * 1024;
    private static final int MAX_PARTS = 100;
    private static final int MAX_DEPTH = 10;
    private static final int MAX_ID = 500;
    private static final int MAX_REFERENCES = 50;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,498}>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private MessageReader() {}

    /**
     * @param fallbackId the identity of a message without a usable Message-ID (stable per mailbox message)
     * @throws MessagingException or IOException when the message cannot be read at all (no sender, broken MIME)
     */
    static MailMessage read(Message message, String fallbackId) throws MessagingException, IOException {
        var from = sender(message);
        var body = new Body();
        walk(message, 0, body);
        var text = body.plain != null ? body.plain : body.html != null ? SafeText.fromHtml(body.html) : "";
        var subject = message.getSubject();
        var ids = ids(header(message, "Message-ID"));
        var references = ids(header(message, "References"));
        var inReplyTo = ids(header(message, "In-Reply-To"));
        return new MailMessage(
                ids.isEmpty() ? fallbackId : ids.getFirst(),
                from.getAddress().toLowerCase(Locale.ROOT),
                clean(from.getPersonal(), 320),
                java.util.Objects.requireNonNullElse(clean(subject, 1000), "(no subject)"),
                text,
                inReplyTo.isEmpty() ? null : inReplyTo.getFirst(),
                references.size() > MAX_REFERENCES ? references.subList(references.size() - MAX_REFERENCES, references.size()) : references,
                date(header(message, "Date")),
                List.copyOf(body.attachments),
                body.truncated);
    }

    private static InternetAddress sender(Message message) throws MessagingException {
        var header = header(message, "From");
        if (header == null) {
            throw new MessagingException("The message has no From address");
        }
        var addresses = InternetAddress.parseHeader(header, false);
        if (addresses.length == 0 || addresses[0].getAddress() == null || !addresses[0].getAddress().contains("@")
                || addresses[0].getAddress().length() > 320) {
            throw new MessagingException("The message's From address cannot be read");
        }
        return addresses[0];
    }

    /** Mutable state of one walk over the MIME tree. */
    private static final class Body {
        @Nullable String plain;
        @Nullable String html;
        final List<String> attachments = new ArrayList<>();
        boolean truncated;
        int parts;
    }

    private static void walk(Part part, int depth, Body body) throws MessagingException, IOException {
        if (++body.parts > MAX_PARTS || depth > MAX_DEPTH) {
            body.truncated = true;
            return;
        }
        var fileName = safeFileName(part);
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null || part.isMimeType("message/rfc822")) {
            body.attachments.add(fileName != null ? fileName : baseType(part));
        } else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (var i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), depth + 1, body);
            }
        } else if (part.isMimeType("text/plain") && body.plain == null) {
            body.plain = SafeText.normalize(readText(part, body));
        } else if (part.isMimeType("text/html") && body.html == null) {
            body.html = readText(part, body);
        } else if (!part.isMimeType("text/*")) {
            body.attachments.add(baseType(part));
        }
    }

    private static String readText(Part part, Body body) throws MessagingException, IOException {
        var out = new ByteArrayOutputStream();
        try (var in = part.getInputStream()) {
            var buffer = new byte[16 * 1024];
            for (var n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                var room = MAX_TEXT_BYTES - out.size();
                out.write(buffer, 0, Math.min(n, room));
                if (n > room) {
                    body.truncated = true;
                    break;
                }
            }
        }
        return CONTROL.matcher(out.toString(charset(part))).replaceAll("");
    }

    private static Charset charset(Part part) {
        try {
            var name = new ContentType(part.getContentType()).getParameter("charset");
            var java = name == null ? null : MimeUtility.javaCharset(name.strip());
            return java != null && Charset.isSupported(java) ? Charset.forName(java) : StandardCharsets.UTF_8;
        } catch (MessagingException | RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static @Nullable String safeFileName(Part part) {
        try {
            var name = part.getFileName();
            return name == null || name.isBlank() ? null : clean(MimeUtility.decodeText(name), 200);
        } catch (MessagingException | IOException | RuntimeException e) {
            return "(unnamed attachment)";
        }
    }

    private static String baseType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "unknown part";
        }
    }

    private static @Nullable String header(Part part, String name) throws MessagingException {
        var values = part.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** The {@code <id>}s of a Message-ID, In-Reply-To or References header, in order, without duplicates. */
    static List<String> ids(@Nullable String header) {
        if (header == null) {
            return List.of();
        }
        var ids = new ArrayList<String>();
        var matcher = MESSAGE_ID.matcher(header.length() > 20_000 ? header.substring(0, 20_000) : header);
        while (matcher.find()) {
            var id = matcher.group();
            if (id.length() <= MAX_ID && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** RFC 5322 date, with its trailing comment such as "(UTC)" ignored; null when it cannot be read. */
    static @Nullable Instant date(@Nullable String header) {
        if (header == null) {
            return null;
        }
        var value = header.replaceAll("\\([^)]*\\)", "").strip().replaceAll("\\s+", " ");
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable String clean(@Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        var cleaned = CONTROL.matcher(value).replaceAll("").replace('\n', ' ').replace('\t', ' ').strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        return cleaned.length() > max ? cleaned.substring(0, max) : cleaned;
    }
}
