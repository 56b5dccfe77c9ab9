/**
 * E-mail as a channel: an IMAP mailbox per workspace is read (IDLE where the server has it, polling
 * otherwise) from a durable UIDVALIDITY/UID cursor, each message becomes a post threaded by Message-ID,
 * In-Reply-To and References, and replies go out over SMTP on the customer's thread. Mail is untrusted: HTML
 * is reduced to text, sizes are capped, attachments are named but never read, and a malformed message is
 * reported in the mailbox's health instead of stopping it. Passwords are sealed at rest and never shown.
 */
@NullMarked
package org.frontline.channels.email;

import org.jspecify.annotations.NullMarked;
