package org.frontline.cases;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.frontline.cases.internal.ContactRepository;
import org.frontline.cases.internal.ContactRepository.ContactCase;
import org.frontline.cases.internal.ContactRepository.Identity;
import org.frontline.ingest.PostView;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people behind posts. A post's author is found by their channel handle; a new handle with a profile
 * link or e-mail address already known on another channel joins that person; otherwise a new contact
 * starts. Agents merge contacts the automatic rules could not tie together.
 */
@Component
public class Contacts {

    /** A contact as its page shows it: identities, cases and a summary of their signals. */
    public record ContactView(
            ContactId id, String name, List<Identity> identities, List<ContactCase> cases, OptionalDouble averageSentiment,
            double customerValue) {}

    /** Customer values weigh a customer's votes on the idea portal: 1 is ordinary, 0 ignores them, 100 at most. */
    public static final double MAX_CUSTOMER_VALUE = 100;

    private final ContactRepository contacts;
    private final Clock clock;

    Contacts(ContactRepository contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    /** The contact behind a post's author, created or linked on first sight. */
    @Transactional
    public ContactId resolve(WorkspaceId workspace, PostView post) {
        var channel = post.channel().wireName();
        var handle = post.author().handle().toLowerCase(Locale.ROOT);
        var known = contacts.byHandle(workspace, channel, handle);
        if (known.isPresent()) {
            return known.get();
        }
        var email = channel.equals("email") ? handle : null;
        var existing = contacts.byProfileOrEmail(workspace, post.author().profileUrl(), email);
        var contact = existing.orElseGet(() -> contacts.create(workspace, post.author().label(), clock.instant()));
        if (contacts.addIdentity(workspace, contact, new Identity(channel, handle, post.author().profileUrl(), email))) {
            return contact;
        }
        // Another post of the same author took the handle at the same moment: theirs is the contact.
        if (existing.isEmpty()) {
            contacts.deleteUnused(workspace, contact);
        }
        return contacts.byHandle(workspace, channel, handle).orElseThrow();
    }

    /** The contact known by this handle on this channel, without creating one. */
    public java.util.Optional<ContactId> findByHandle(WorkspaceId workspace, String channel, String handle) {
        return contacts.byHandle(workspace, channel, handle.toLowerCase(Locale.ROOT));
    }

    @Transactional
    public void attach(WorkspaceId workspace, CaseId caseId, ContactId contact) {
        contacts.attachCase(workspace, caseId, contact);
    }

    /** Ties two contacts into one person: identities and cases move to {@code kept}. */
    @Transactional
    public void merge(WorkspaceId workspace, ContactId kept, ContactId merged) {
        if (kept.equals(merged)) {
            throw new IllegalArgumentException("A contact cannot be merged with itself");
        }
        contacts.name(workspace, kept).orElseThrow(() -> new IllegalArgumentException("No such contact"));
        contacts.name(workspace, merged).orElseThrow(() -> new IllegalArgumentException("No such contact"));
        contacts.merge(workspace, kept, merged);
    }

    /** The names of the contacts among {@code ids} (at most a few hundred) that exist; merged-away ones are absent. */
    public Map<ContactId, String> names(WorkspaceId workspace, Collection<ContactId> ids) {
        return contacts.names(workspace, ids);
    }

    public java.util.Optional<ContactView> find(WorkspaceId workspace, ContactId id) {
        return contacts.name(workspace, id).map(name -> {
            var cases = contacts.cases(workspace, id);
            var sentiment = cases.stream().filter(c -> c.sentiment() != null).mapToDouble(ContactCase::sentiment).average();
            var value = contacts.customerValue(workspace, id).orElse(1.0);
            return new ContactView(id, name, contacts.identities(workspace, id), cases, sentiment, value);
        });
    }

    /** The customer value of each e-mail address (lower case) that belongs to a contact; others count as 1. */
    public Map<String, Double> customerValuesByEmail(WorkspaceId workspace, Collection<String> emails) {
        return contacts.customerValuesByEmail(workspace, emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList());
    }

    @Transactional
    public void setCustomerValue(WorkspaceId workspace, ContactId id, double value) {
        if (!(value >= 0 && value <= MAX_CUSTOMER_VALUE)) {
            throw new IllegalArgumentException("A customer value is between 0 and " + (int) MAX_CUSTOMER_VALUE + ".");
        }
        if (!contacts.setCustomerValue(workspace, id, value)) {
            throw new IllegalArgumentException("No such contact");
        }
    }

    /**
     * The contact with this e-mail address, created with it as an e-mail identity when nobody has it yet, so
     * that a portal customer can be valued before they ever write to support.
     */
    @Transactional
    public ContactId byEmail(WorkspaceId workspace, String email, String name) {
        var address = email.strip().toLowerCase(Locale.ROOT);
        return contacts.byEmail(workspace, address).orElseGet(() -> {
            var contact = contacts.create(workspace, name, clock.instant());
            contacts.addIdentity(workspace, contact, new Identity("email", address, null, address));
            return contact;
        });
    }
}
