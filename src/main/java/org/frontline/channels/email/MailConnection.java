package org.frontline.channels.email;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/** An open IMAP connection to one mailbox's folder, read-only: Frontline never changes the customer's mail. */
final class MailConnection implements AutoCloseable {

    private final Store store;
    private final IMAPFolder folder;

    private MailConnection(Store store, IMAPFolder folder) {
        this.store = store;
        this.folder = folder;
    }

    static MailConnection open(Session session, Mailbox mailbox, String password) throws MessagingException {
        var store = session.getStore();
        store.connect(mailbox.imapHost(), mailbox.imapPort(), mailbox.username(), password);
        try {
            if (!(store.getFolder(mailbox.folder()) instanceof IMAPFolder folder) || !folder.exists()) {
                throw new MessagingException("The folder '" + mailbox.folder() + "' does not exist on the server");
            }
            folder.open(Folder.READ_ONLY);
            return new MailConnection(store, folder);
        } catch (MessagingException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    IMAPFolder folder() {
        return folder;
    }

    /** Whether the server announced IDLE (RFC 2177). */
    boolean supportsIdle() throws MessagingException {
        return store instanceof IMAPStore imap && imap.hasCapability("IDLE");
    }

    @Override
    public void close() {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            // The connection is going away anyway; closing the store below frees what is left.
        }
        try {
            store.close();
        } catch (MessagingException | RuntimeException e) {
            // Nothing more can be done for a connection that cannot even be closed.
        }
    }
}
