package org.frontline.channels.email;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mailbox and email_message tables. Every method but {@link #all} is scoped by workspace. */
@Repository
class MailboxRepository {

    /** What a reply needs of a customer's message. */
    record StoredMessage(UUID mailbox, String fromAddress, String subject, @Nullable String references) {}

    private static final String COLUMNS = "id, workspace_id, address, imap_host, imap_port, tls, username, folder, smtp_host, smtp_port,"
            + " uid_validity, last_uid, idle, last_message_at, malformed";

    private final JdbcClient jdbc;

    MailboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Mailbox mailbox, String sealedPassword, Instant createdAt) {
        jdbc.sql("""
                        insert into mailbox (id, workspace_id, address, imap_host, imap_port, tls, username, password_sealed, folder,
                        smtp_host, smtp_port, last_uid, malformed, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)""")
                .params(mailbox.id(), mailbox.workspace().value(), mailbox.address(), mailbox.imapHost(), mailbox.imapPort(), mailbox.tls(),
                        mailbox.username(), sealedPassword, mailbox.folder(), mailbox.smtpHost(), mailbox.smtpPort(), utc(createdAt))
                .update();
    }

    boolean exists(WorkspaceId workspace, String imapHost, String username, String folder) {
        return jdbc.sql("select count(*) from mailbox where workspace_id = ? and imap_host = ? and username = ? and folder = ?")
                        .params(workspace.value(), imapHost, username, folder)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Mailbox> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from mailbox where workspace_id = ? and id = ?")
                .params(workspace.value(), id)
                .query(MailboxRepository::mailbox)
                .optional();
    }

    List<Mailbox> list(WorkspaceId workspace) {
        return jdbc.sql("select " + COLUMNS + " from mailbox where workspace_id = ? order by address, folder")
                .param(workspace.value())
                .query(MailboxRepository::mailbox)
                .list();
    }

    /** Every mailbox of every workspace: the watcher's work list. */
    List<Mailbox> all() {
        return jdbc.sql("select " + COLUMNS + " from mailbox order by created_at").query(MailboxRepository::mailbox).list();
    }

    String sealedPassword(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select password_sealed from mailbox where workspace_id = ? and id = ?")
                .params(workspace.value(), id)
                .query(String.class)
                .single();
    }

    /** A new UIDVALIDITY: the folder's UIDs were renumbered, so it is read again from the start. */
    void resetCursor(WorkspaceId workspace, UUID id, long uidValidity) {
        jdbc.sql("update mailbox set uid_validity = ?, last_uid = 0 where workspace_id = ? and id = ?")
                .params(uidValidity, workspace.value(), id)
                .update();
    }

    /** Moves the cursor forward only, so a slower poller of the same mailbox never moves it back. */
    void advance(WorkspaceId workspace, UUID id, long uidValidity, long lastUid, long malformed, @Nullable Instant lastMessageAt) {
        jdbc.sql("""
                        update mailbox set last_uid = ?, malformed = malformed + ?, last_message_at = coalesce(?, last_message_at)
                        where workspace_id = ? and id = ? and uid_validity = ? and last_uid < ?""")
                .params(lastUid, malformed, lastMessageAt == null ? null : utc(lastMessageAt), workspace.value(), id, uidValidity, lastUid)
                .update();
    }

    void recordIdle(WorkspaceId workspace, UUID id, boolean idle) {
        jdbc.sql("update mailbox set idle = ? where workspace_id = ? and id = ?").params(idle, workspace.value(), id).update();
    }

    boolean delete(WorkspaceId workspace, UUID id) {
        return jdbc.sql("delete from mailbox where workspace_id = ? and id = ?").params(workspace.value(), id).update() == 1;
    }

    /** Keeps what a reply needs; a message seen before (another mailbox, a re-read) keeps its first record. */
    void rememberMessage(WorkspaceId workspace, UUID mailbox, MailMessage message) {
        var references = String.join(" ", message.references());
        try {
            jdbc.sql("""
                            insert into email_message (workspace_id, message_id, mailbox_id, from_address, subject, reference_ids)
                            select ?, ?, ?, ?, ?, ? where not exists
                            (select 1 from email_message where workspace_id = ? and message_id = ?)""")
                    .params(workspace.value(), message.messageId(), mailbox, message.fromAddress(), message.subject(),
                            references.length() > 8000 ? null : references, workspace.value(), message.messageId())
                    .update();
        } catch (DuplicateKeyException raced) {
            // Another poller stored the same message between the check and the insert: the first record stays.
        }
    }

    Optional<StoredMessage> message(WorkspaceId workspace, String messageId) {
        return jdbc.sql("select mailbox_id, from_address, subject, reference_ids from email_message where workspace_id = ? and message_id = ?")
                .params(workspace.value(), messageId)
                .query((rs, i) -> new StoredMessage(rs.getObject("mailbox_id", UUID.class), rs.getString("from_address"),
                        rs.getString("subject"), rs.getString("reference_ids")))
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Mailbox mailbox(ResultSet rs, int row) throws SQLException {
        var lastMessage = rs.getObject("last_message_at", OffsetDateTime.class);
        return new Mailbox(
                rs.getObject("id", UUID.class),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getString("address"),
                rs.getString("imap_host"),
                rs.getInt("imap_port"),
                rs.getBoolean("tls"),
                rs.getString("username"),
                rs.getString("folder"),
                rs.getString("smtp_host"),
                rs.getInt("smtp_port"),
                rs.getObject("uid_validity", Long.class),
                rs.getLong("last_uid"),
                rs.getObject("idle", Boolean.class),
                lastMessage == null ? null : lastMessage.toInstant(),
                rs.getLong("malformed"));
    }
}
