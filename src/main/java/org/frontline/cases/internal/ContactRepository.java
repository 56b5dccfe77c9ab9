package org.frontline.cases.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontline.cases.ContactId;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contact and contact_identity tables. Every method is scoped by workspace. */
@Repository
public class ContactRepository {

    /** One identity of a contact on a channel. */
    public record Identity(String channel, String handle, @Nullable String profileUrl, @Nullable String email) {}

    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ContactId> byHandle(WorkspaceId workspace, String channel, String handle) {
        return jdbc.sql("select contact_id from contact_identity where workspace_id = ? and channel = ? and handle = ?")
                .params(workspace.value(), channel, handle)
                .query(UUID.class)
                .optional()
                .map(ContactId::new);
    }

    /** A contact already known by the same profile link or e-mail address on any channel. */
    public Optional<ContactId> byProfileOrEmail(WorkspaceId workspace, @Nullable String profileUrl, @Nullable String email) {
        if (profileUrl == null && email == null) {
            return Optional.empty();
        }
        return jdbc.sql("select contact_id from contact_identity where workspace_id = ? and (profile_url = ? or email = ?)"
                        + " fetch first 1 rows only")
                .params(workspace.value(), profileUrl, email)
                .query(UUID.class)
                .optional()
                .map(ContactId::new);
    }

    public ContactId create(WorkspaceId workspace, String name, Instant at) {
        var id = new ContactId(UUID.randomUUID());
        jdbc.sql("insert into contact (id, workspace_id, name, created_at) values (?, ?, ?, ?)")
                .params(id.value(), workspace.value(), name, at.atOffset(ZoneOffset.UTC))
                .update();
        return id;
    }

    /**
     * Adds the identity unless the handle is taken: two first posts of one author handled at the same moment
     * both try, and the second waits for the first and then adds nothing. Answers whether this call added it.
     */
    public boolean addIdentity(WorkspaceId workspace, ContactId contact, Identity identity) {
        return jdbc.sql("insert into contact_identity (workspace_id, channel, handle, contact_id, profile_url, email) values (?, ?, ?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(workspace.value(), identity.channel(), identity.handle(), contact.value(), identity.profileUrl(), identity.email())
                .update() == 1;
    }

    /** Removes a contact that was created a moment ago and never got an identity or a case. */
    public void deleteUnused(WorkspaceId workspace, ContactId contact) {
        jdbc.sql("delete from contact where workspace_id = ? and id = ? and not exists (select 1 from contact_identity where contact_id = ?)"
                        + " and not exists (select 1 from support_case where contact_id = ?)")
                .params(workspace.value(), contact.value(), contact.value(), contact.value())
                .update();
    }

    /** The contact that has this e-mail address on any channel. */
    public Optional<ContactId> byEmail(WorkspaceId workspace, String email) {
        return byProfileOrEmail(workspace, null, email);
    }

    public Optional<Double> customerValue(WorkspaceId workspace, ContactId id) {
        return jdbc.sql("select customer_value from contact where workspace_id = ? and id = ?")
                .params(workspace.value(), id.value())
                .query(Double.class)
                .optional();
    }

    /** Customer values by e-mail address, for the addresses that belong to a contact. */
    public Map<String, Double> customerValuesByEmail(WorkspaceId workspace, Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        var values = new HashMap<String, Double>();
        jdbc.sql("select i.email, c.customer_value from contact_identity i join contact c on c.id = i.contact_id"
                        + " where i.workspace_id = :workspace and i.email in (:emails)")
                .param("workspace", workspace.value())
                .param("emails", List.copyOf(emails))
                .query((rs, i) -> values.merge(rs.getString(1), rs.getDouble(2), Math::max))
                .list();
        return values;
    }

    public boolean setCustomerValue(WorkspaceId workspace, ContactId id, double value) {
        return jdbc.sql("update contact set customer_value = ? where workspace_id = ? and id = ?")
                .params(value, workspace.value(), id.value())
                .update() == 1;
    }

    public Optional<String> name(WorkspaceId workspace, ContactId id) {
        return jdbc.sql("select name from contact where workspace_id = ? and id = ?")
                .params(workspace.value(), id.value())
                .query(String.class)
                .optional();
    }

    /** The names of those of {@code ids} that exist in the workspace, in one statement. */
    public Map<ContactId, String> names(WorkspaceId workspace, Collection<ContactId> ids) {
        var names = new HashMap<ContactId, String>();
        if (ids.isEmpty()) {
            return names;
        }
        var marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        var params = new java.util.ArrayList<Object>(List.of(workspace.value()));
        ids.forEach(id -> params.add(id.value()));
        jdbc.sql("select id, name from contact where workspace_id = ? and id in (" + marks + ")")
                .params(params)
                .query(rs -> {
                    names.put(new ContactId(rs.getObject("id", UUID.class)), rs.getString("name"));
                });
        return names;
    }

    public List<Identity> identities(WorkspaceId workspace, ContactId id) {
        return jdbc.sql("select channel, handle, profile_url, email from contact_identity where workspace_id = ? and contact_id = ?"
                        + " order by channel, handle")
                .params(workspace.value(), id.value())
                .query((rs, i) -> new Identity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Moves every identity and case of {@code merged} to {@code kept} and removes {@code merged}. */
    public void merge(WorkspaceId workspace, ContactId kept, ContactId merged) {
        jdbc.sql("update contact_identity set contact_id = ? where workspace_id = ? and contact_id = ?")
                .params(kept.value(), workspace.value(), merged.value())
                .update();
        jdbc.sql("update support_case set contact_id = ? where workspace_id = ? and contact_id = ?")
                .params(kept.value(), workspace.value(), merged.value())
                .update();
        jdbc.sql("delete from contact where workspace_id = ? and id = ?").params(workspace.value(), merged.value()).update();
    }

    public void attachCase(WorkspaceId workspace, org.frontline.cases.CaseId caseId, ContactId contact) {
        jdbc.sql("update support_case set contact_id = ? where workspace_id = ? and id = ?")
                .params(contact.value(), workspace.value(), caseId.value())
                .update();
    }

    /** The contact's cases, newest first: id, status, subject, opened, intent, sentiment. */
    public List<ContactCase> cases(WorkspaceId workspace, ContactId contact) {
        return jdbc.sql("select id, status, subject, opened_at, intent, sentiment from support_case where workspace_id = ? and contact_id = ?"
                        + " order by opened_at desc")
                .params(workspace.value(), contact.value())
                .query((rs, i) -> new ContactCase(
                        new org.frontline.cases.CaseId(rs.getObject("id", UUID.class)),
                        org.frontline.cases.CaseStatus.valueOf(rs.getString("status")),
                        rs.getString("subject"),
                        rs.getObject("opened_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getString("intent"),
                        rs.getObject("sentiment") == null ? null : rs.getDouble("sentiment")))
                .list();
    }

    /** A case as the contact page lists it. */
    public record ContactCase(
            org.frontline.cases.CaseId id,
            org.frontline.cases.CaseStatus status,
            String subject,
            Instant openedAt,
            @Nullable String intent,
            @Nullable Double sentiment) {}
}
